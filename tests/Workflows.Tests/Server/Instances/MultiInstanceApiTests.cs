using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.ApiScenario;
using static Workflows.Tests.Support.Bpmn;

namespace Workflows.Tests.Server.Instances;

/// <summary>A multi-instance user task published and driven through the HTTP API (issue 21).</summary>
[Collection(HostCollection.Name)]
public sealed class MultiInstanceApiTests(HostFixture host)
{
    private static string Approvals(string key, string loop) => Process($$"""
        <bpmn:startEvent id="s"/>
        <bpmn:userTask id="approve" name="Approve" camunda:candidateGroups="agent-l1" camunda:assignee="${approver}">{{loop}}</bpmn:userTask>
        <bpmn:userTask id="pay" name="Pay out" camunda:candidateGroups="agent-l1"/>
        <bpmn:endEvent id="e"/>
        """ + Chain("s", "approve", "pay", "e"), id: key);

    private const string OverApprovers = """<bpmn:multiInstanceLoopCharacteristics camunda:collection="approvers" camunda:elementVariable="approver"/>""";

    [Fact]
    public async Task ParallelUserTask_OverACollection_OpensATaskPerElement_AndMovesOnAfterTheLast()
    {
        var designer = await host.SignInAsync("designer");
        var published = await PublishAsync(designer, Approvals("mi-approvals", OverApprovers));
        Assert.True(published.IsSuccessStatusCode, await published.Content.ReadAsStringAsync());
        var agent = await host.SignInAsync("agent1");

        var started = await StartAsync(agent, "mi-approvals", new { approvers = new[] { "agent1", "agent1", "agent1" } });
        var instance = started.GetProperty("id").GetGuid();
        var tasks = started.GetProperty("openTasks").EnumerateArray().ToList();
        Assert.Equal(3, tasks.Count);
        Assert.All(tasks, t => Assert.Equal(("approve", "agent1"), (t.GetProperty("nodeId").GetString(), t.GetProperty("assignee").GetString())));

        foreach (var task in tasks.Take(2))
        {
            var done = await agent.PostAsJsonAsync($"/api/tasks/{task.GetProperty("id").GetGuid()}/complete", new { variables = new { ok = true } });
            Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        }
        var details = await GetJsonAsync(agent, $"/api/instances/{instance}");
        Assert.Equal("approve", Assert.Single(details.GetProperty("openTasks").EnumerateArray()).GetProperty("nodeId").GetString());
        Assert.DoesNotContain("approver", details.GetProperty("variables").EnumerateObject().Select(p => p.Name));

        var last = await agent.PostAsJsonAsync($"/api/tasks/{tasks[2].GetProperty("id").GetGuid()}/complete", new { });
        Assert.Equal(HttpStatusCode.OK, last.StatusCode);
        details = await GetJsonAsync(agent, $"/api/instances/{instance}");
        Assert.Equal("pay", Assert.Single(details.GetProperty("openTasks").EnumerateArray()).GetProperty("nodeId").GetString());
        Assert.Equal(["pay"], details.GetProperty("tokens").EnumerateArray().Select(t => t.GetProperty("nodeId").GetString()));
    }

    [Fact]
    public async Task TaskForm_OfAnInnerInstance_ShowsItsOwnElementAndLoopCounter()
    {
        var designer = await host.SignInAsync("designer");
        var xml = Approvals("mi-form", OverApprovers).Replace("""camunda:assignee="${approver}">""", """camunda:assignee="${approver}" camunda:formKey="approve">""");
        var published = await designer.PostAsJsonAsync("/api/definitions", new
        {
            xml,
            forms = new { approve = new { type = "default", id = "approve", schemaVersion = 16, components = new[] { "approver", "loopCounter", "amount" }.Select(k => new { type = "textfield", key = k, label = k, id = "f_" + k }).ToArray() } },
        });
        Assert.True(published.IsSuccessStatusCode, await published.Content.ReadAsStringAsync());
        var agent = await host.SignInAsync("agent1");
        var started = await StartAsync(agent, "mi-form", new { approvers = new[] { "agent1", "agent2" }, amount = 70 });
        var first = started.GetProperty("openTasks").EnumerateArray().Single(t => t.GetProperty("assignee").GetString() == "agent1").GetProperty("id").GetGuid();

        var data = (await GetJsonAsync(agent, $"/api/tasks/{first}/form")).GetProperty("data");

        Assert.Equal(("agent1", 0, 70), (data.GetProperty("approver").GetString(), data.GetProperty("loopCounter").GetInt32(), data.GetProperty("amount").GetInt32()));
    }

    [Fact]
    public async Task Publish_RefusesALiteralCardinalityThatIsNotACount_NamingTheElement()
    {
        var designer = await host.SignInAsync("designer");

        var response = await PublishAsync(designer, Approvals("mi-bad-cardinality",
            "<bpmn:multiInstanceLoopCharacteristics><bpmn:loopCardinality>three</bpmn:loopCardinality></bpmn:multiInstanceLoopCharacteristics>"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problems = (await JsonAsync(response)).GetProperty("errors").EnumerateArray().ToList();
        Assert.Contains(problems, p => p.GetProperty("elementId").GetString() == "approve" && p.GetProperty("code").GetString() == "multi-instance.invalid-cardinality");
    }

    [Fact]
    public async Task Start_WithACollectionThatIsNotAList_IsRefused_AndLeavesNoInstance()
    {
        var designer = await host.SignInAsync("designer");
        (await PublishAsync(designer, Approvals("mi-not-a-list", OverApprovers))).EnsureSuccessStatusCode();
        var agent = await host.SignInAsync("agent1");

        var response = await agent.PostAsJsonAsync("/api/instances", new { definitionKey = "mi-not-a-list", variables = new { approvers = "agent1" } });

        Assert.False(response.IsSuccessStatusCode);
        var problem = await JsonAsync(response);
        Assert.Equal("approve", problem.GetProperty("elementId").GetString());
        Assert.Contains("not a list", problem.GetProperty("detail").GetString());
        var listed = await GetJsonAsync(await host.SignInAsync("admin"), "/api/instances?definitionKey=mi-not-a-list");
        Assert.Equal(0, listed.GetProperty("total").GetInt32());
    }
}
