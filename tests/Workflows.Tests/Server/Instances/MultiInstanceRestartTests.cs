using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.ApiScenario;
using static Workflows.Tests.Support.Bpmn;

namespace Workflows.Tests.Server.Instances;

/// <summary>An instance waiting inside a multi-instance subprocess outlives its host: another host on the database finishes it.</summary>
[Collection(SoloHostCollection.Name)]
public sealed class MultiInstanceRestartTests(ClusterFixture cluster)
{
    private static WebApplicationFactory<Program> Host(string database) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("ConnectionStrings:Workflows", database);
            web.UseSetting("Workflows:SeedDemoUsers", "true");
        });

    private static async Task<HttpClient> SignInAsync(WebApplicationFactory<Program> factory, string userName)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true });
        (await client.PostAsJsonAsync("/api/auth/login", new { userName, password = "demo" })).EnsureSuccessStatusCode();
        return client;
    }

    [Fact]
    public async Task WaitingInsideAMultiInstanceSubprocess_SurvivesAHostRestart()
    {
        var database = await cluster.Cluster.CreateDatabaseAsync("multi_instance_restart");
        Guid instance;
        List<Guid> remaining;
        await using (var first = Host(database))
        {
            var designer = await SignInAsync(first, "designer");
            (await PublishAsync(designer, Process("""
                <bpmn:startEvent id="s"/>
                <bpmn:subProcess id="lines">
                  <bpmn:multiInstanceLoopCharacteristics isSequential="false" camunda:collection="${items}" camunda:elementVariable="item">
                    <bpmn:completionCondition>${nrOfCompletedInstances == 3}</bpmn:completionCondition>
                  </bpmn:multiInstanceLoopCharacteristics>
                  <bpmn:startEvent id="ls"/>
                  <bpmn:userTask id="check" name="Check line" camunda:candidateGroups="agent-l1" camunda:assignee="${item}"/>
                  <bpmn:endEvent id="le"/>
                  <bpmn:sequenceFlow id="f1" sourceRef="ls" targetRef="check"/><bpmn:sequenceFlow id="f2" sourceRef="check" targetRef="le"/>
                </bpmn:subProcess>
                <bpmn:userTask id="pay" name="Pay out" camunda:candidateGroups="agent-l1"/>
                <bpmn:endEvent id="e"/>
                """ + Chain("s", "lines", "pay", "e"), id: "mi-restart"))).EnsureSuccessStatusCode();
            var agent = await SignInAsync(first, "agent1");
            var started = await StartAsync(agent, "mi-restart", new { items = new[] { "agent1", "agent1", "agent1", "agent1" } });
            instance = started.GetProperty("id").GetGuid();
            var tasks = started.GetProperty("openTasks").EnumerateArray().Select(t => t.GetProperty("id").GetGuid()).ToList();
            Assert.Equal(4, tasks.Count);
            Assert.Equal(HttpStatusCode.OK, (await agent.PostAsJsonAsync($"/api/tasks/{tasks[0]}/complete", new { })).StatusCode);
            remaining = tasks.Skip(1).ToList();
        }

        await using var second = Host(database);
        var again = await SignInAsync(second, "agent1");
        Assert.Equal(HttpStatusCode.OK, (await again.PostAsJsonAsync($"/api/tasks/{remaining[0]}/complete", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await again.PostAsJsonAsync($"/api/tasks/{remaining[1]}/complete", new { })).StatusCode);

        // The third completion met the condition: the fourth line's task was withdrawn and the body left.
        var details = await GetJsonAsync(again, $"/api/instances/{instance}");
        Assert.Equal("pay", Assert.Single(details.GetProperty("openTasks").EnumerateArray()).GetProperty("nodeId").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await again.PostAsJsonAsync($"/api/tasks/{remaining[2]}/complete", new { })).StatusCode);
    }
}
