using System.Net;
using System.Text.Json;
using Workflows.Tests.Support;
using static Workflows.Tests.Host.ApiScenario;
using static Workflows.Tests.Support.Bpmn;

namespace Workflows.Tests.Host.Manager;

/// <summary>The figures the process view draws on each node, and the instances listed when a node is clicked.</summary>
[Collection(HostCollection.Name)]
public sealed class ProcessViewTests(HostFixture host)
{
    [Fact]
    public async Task NodeStats_CountWhoWaitsWhere_PerVersion_WithTheirWaits()
    {
        var designer = await host.SignInAsync("designer");
        var manager = await host.SignInAsync("manager");
        var xml = Process("""
            <bpmn:startEvent id="s"/><bpmn:userTask id="review" name="Review" camunda:candidateGroups="agent-l1"/><bpmn:endEvent id="e"/>
            """ + Chain("s", "review", "e"), id: "manager-view");
        var published = await JsonAsync(await PublishAsync(designer, xml));
        var version = published.GetProperty("version").GetInt32();
        var started = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            started.Add((await StartAsync(manager, "manager-view", businessKey: $"MV-{i}")).GetProperty("id").GetGuid());
            await Task.Delay(100);
        }

        var view = await GetJsonAsync(manager, $"/api/manager/processes/manager-view/versions/{version}/nodes");

        var review = Assert.Single(view.GetProperty("nodes").EnumerateArray());
        Assert.Equal(("review", 3), (review.GetProperty("nodeId").GetString(), review.GetProperty("waiting").GetInt32()));
        Assert.True(review.GetProperty("longestWaitSeconds").GetDouble() >= review.GetProperty("averageWaitSeconds").GetDouble());
        Assert.True(review.GetProperty("averageWaitSeconds").GetDouble() > 0);
        Assert.Equal(0, review.GetProperty("breaches").GetInt32());
        var listed = await GetJsonAsync(manager, $"/api/manager/processes/manager-view/versions/{version}/nodes/review/instances");
        Assert.Equal(started, listed.EnumerateArray().Select(i => i.GetProperty("instanceId").GetGuid()));
        Assert.Equal("MV-0", listed[0].GetProperty("businessKey").GetString());

        // A new version starts with nobody waiting in it; the old one keeps its three.
        var next = await JsonAsync(await PublishAsync(designer, xml.Replace("name=\"Review\"", "name=\"Review again\"")));
        var nextVersion = next.GetProperty("version").GetInt32();
        Assert.Empty((await GetJsonAsync(manager, $"/api/manager/processes/manager-view/versions/{nextVersion}/nodes")).GetProperty("nodes").EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync("/api/manager/processes/manager-view/versions/999/nodes")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await manager.GetAsync($"/api/manager/processes/manager-view/versions/{version}/nodes/review/instances?limit=0")).StatusCode);
    }

    [Fact]
    public async Task SupportFlow_CountsABreachedCaseOnTheNodeItWaitsAt()
    {
        var desk = new SupportFlow.SupportScenario(host);
        await desk.PolicyAsync("normal", "vip", TimeSpan.FromSeconds(1));
        var (_, phone) = await desk.CustomerAsync("许晴", segment: "vip");
        var agent = await host.SignInAsync("agent1");
        var caseId = (await SupportFlow.SupportScenario.OpenAsync(agent, new { channel = "email", customer = new { phone }, subject = "支付失败", description = "付款时提示余额不足，交易失败" }))
            .GetProperty("case").GetProperty("id").GetGuid();
        var manager = await host.SignInAsync("manager");
        var version = (await GetJsonAsync(manager, "/api/definitions")).EnumerateArray()
            .Single(d => d.GetProperty("key").GetString() == "support-case").GetProperty("latestVersion").GetInt32();
        // The SLA timers move the task on once the target passes, so read until the case's open task sits on a node with a breach.
        JsonElement node = default;
        var until = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var nodes = (await GetJsonAsync(manager, $"/api/manager/processes/support-case/versions/{version}/nodes")).GetProperty("nodes").EnumerateArray().ToList();
            var task = (await SupportFlow.SupportScenario.CaseAsync(manager, caseId)).GetProperty("openTasks").EnumerateArray().FirstOrDefault();
            node = nodes.FirstOrDefault(n => task.ValueKind == JsonValueKind.Object && n.GetProperty("nodeId").GetString() == task.GetProperty("nodeId").GetString());
            if (node.ValueKind == JsonValueKind.Object && node.GetProperty("breaches").GetInt32() >= 1) break;
            Assert.True(DateTime.UtcNow < until, "no breach counted on the node the case waits at");
            await Task.Delay(200);
        }

        var listed = await GetJsonAsync(manager, $"/api/manager/processes/support-case/versions/{version}/nodes/{node.GetProperty("nodeId").GetString()}/instances?limit=500");
        Assert.Contains(listed.EnumerateArray(), i => i.GetProperty("caseId").ValueKind == JsonValueKind.String && i.GetProperty("caseId").GetGuid() == caseId);
        Assert.Equal(node.GetProperty("waiting").GetInt32(), listed.GetArrayLength());
    }
}
