using System.Net;
using System.Text.Json;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.ApiScenario;
using static Workflows.Tests.Support.Bpmn;

namespace Workflows.Tests.Desk.Manager;

/// <summary>The figures the process view draws on each node, and the instances listed when a node is clicked.</summary>
[Collection(HostCollection.Name)]
public sealed class ProcessViewTests(HostFixture host)
{
    [Fact]
    public async Task NodeStats_CountWhoWaitsWhere_PerVersionAndOverAll_WithTheirWaits()
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
        await StartAsync(manager, "manager-view", businessKey: "MV-next");
        // Without a version: every version's waiters, node by node.
        var all = await GetJsonAsync(manager, "/api/manager/processes/manager-view/nodes");
        Assert.Equal(JsonValueKind.Null, all.GetProperty("version").ValueKind);
        Assert.Equal(4, Assert.Single(all.GetProperty("nodes").EnumerateArray()).GetProperty("waiting").GetInt32());
        Assert.Equal(4, (await GetJsonAsync(manager, "/api/manager/processes/manager-view/nodes/review/instances")).GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync("/api/manager/processes/no-such-process/nodes")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync("/api/manager/processes/manager-view/versions/999/nodes")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await manager.GetAsync($"/api/manager/processes/manager-view/versions/{version}/nodes/review/instances?limit=0")).StatusCode);
    }

    [Fact]
    public async Task NodeStats_AtAMultiInstanceNode_CountInnerInstancesAndTheirBodiesApart()
    {
        var designer = await host.SignInAsync("designer");
        var manager = await host.SignInAsync("manager");
        var published = await JsonAsync(await PublishAsync(designer, Process("""
            <bpmn:startEvent id="s"/>
            <bpmn:userTask id="sign" camunda:candidateGroups="agent-l1"><bpmn:multiInstanceLoopCharacteristics><bpmn:loopCardinality>3</bpmn:loopCardinality></bpmn:multiInstanceLoopCharacteristics></bpmn:userTask>
            <bpmn:endEvent id="e"/>
            """ + Chain("s", "sign", "e"), id: "manager-view-mi")));
        var version = published.GetProperty("version").GetInt32();
        var first = (await StartAsync(manager, "manager-view-mi")).GetProperty("id").GetGuid();
        await StartAsync(manager, "manager-view-mi");

        var sign = Assert.Single((await GetJsonAsync(manager, $"/api/manager/processes/manager-view-mi/versions/{version}/nodes")).GetProperty("nodes").EnumerateArray());

        Assert.Equal((6, 2), (sign.GetProperty("waiting").GetInt32(), sign.GetProperty("multiInstanceBodies").GetInt32()));
        var listed = await GetJsonAsync(manager, $"/api/manager/processes/manager-view-mi/versions/{version}/nodes/sign/instances");
        Assert.Equal(6, listed.GetArrayLength());
        var tokens = (await GetJsonAsync(manager, $"/api/instances/{first}")).GetProperty("tokens").EnumerateArray().Select(t => t.GetProperty("status").GetString()).ToList();
        Assert.Equal(["multi-instance", "waiting", "waiting", "waiting"], tokens);
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
        // Two races live here, and both are waited out rather than slept over. The case's own SLA timers move its task
        // once the target passes (understand, then L2), so the node it waits at is read anew each time. And the node's
        // count and its list are two reads while other cases of this shared host move through the flow on their own
        // timers, so the count is read before and after the list: only a pair with no movement between is compared.
        // A real disagreement never settles and fails at the deadline.
        var nodesUrl = $"/api/manager/processes/support-case/versions/{version}/nodes";
        async Task<int?> WaitingAsync(string nodeId) => (await GetJsonAsync(manager, nodesUrl)).GetProperty("nodes").EnumerateArray()
            .Where(n => n.GetProperty("nodeId").GetString() == nodeId).Select(n => (int?)n.GetProperty("waiting").GetInt32()).FirstOrDefault();
        var seen = "nothing read yet";
        for (var until = DateTime.UtcNow.AddSeconds(30); ; await Task.Delay(200))
        {
            Assert.True(DateTime.UtcNow < until, $"The breached case never showed steadily on the node it waits at; last seen: {seen}.");
            var task = (await SupportFlow.SupportScenario.CaseAsync(manager, caseId)).GetProperty("openTasks").EnumerateArray().FirstOrDefault();
            if (task.ValueKind != JsonValueKind.Object) { seen = "the case had no open task"; continue; }
            var nodeId = task.GetProperty("nodeId").GetString()!;
            var node = (await GetJsonAsync(manager, nodesUrl)).GetProperty("nodes").EnumerateArray().FirstOrDefault(n => n.GetProperty("nodeId").GetString() == nodeId);
            if (node.ValueKind != JsonValueKind.Object || node.GetProperty("breaches").GetInt32() < 1) { seen = $"no breach counted at {nodeId}"; continue; }
            var before = node.GetProperty("waiting").GetInt32();
            var listed = await GetJsonAsync(manager, $"/api/manager/processes/support-case/versions/{version}/nodes/{nodeId}/instances?limit=500");
            if (await WaitingAsync(nodeId) is var after && (after != before || listed.GetArrayLength() != before))
            {
                seen = $"{nodeId} counted {before}, then {after}, and listed {listed.GetArrayLength()}";
                continue;
            }
            if (!listed.EnumerateArray().Any(i => i.GetProperty("caseId").ValueKind == JsonValueKind.String && i.GetProperty("caseId").GetGuid() == caseId))
            {
                seen = $"{nodeId} listed {before} instances, not the case";
                continue;
            }
            break;
        }
    }
}
