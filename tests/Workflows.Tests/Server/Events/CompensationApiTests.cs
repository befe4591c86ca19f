using System.Net.Http.Json;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.ApiScenario;
using static Workflows.Tests.Support.Bpmn;

namespace Workflows.Tests.Server.Events;

/// <summary>
/// Compensation through the HTTP API on PostgreSQL: "undo the refund if the bank rejects it" — a published diagram whose
/// compensation end event undoes the completed steps, most recent first, each handler a task an agent completes; the
/// journal says what was undone. Cite: issue 21, part 4.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class CompensationApiTests(HostFixture host)
{
    [Fact]
    public async Task ACompensationEndEvent_RunsTheHandlersOfTheCompletedSteps_MostRecentFirst()
    {
        var key = $"comp-{Guid.NewGuid():N}"[..20];
        var designer = await host.SignInAsync("designer");
        (await PublishAsync(designer, Process("""
            <bpmn:startEvent id="s"/>
            <bpmn:userTask id="refund" camunda:candidateGroups="agent-l1"/>
            <bpmn:boundaryEvent id="onRefund" attachedToRef="refund"><bpmn:compensateEventDefinition/></bpmn:boundaryEvent>
            <bpmn:userTask id="reverseRefund" isForCompensation="true" camunda:candidateGroups="agent-l1"/>
            <bpmn:association id="a1" sourceRef="onRefund" targetRef="reverseRefund"/>
            <bpmn:userTask id="notify" camunda:candidateGroups="agent-l1"/>
            <bpmn:boundaryEvent id="onNotify" attachedToRef="notify"><bpmn:compensateEventDefinition/></bpmn:boundaryEvent>
            <bpmn:userTask id="correctNotice" isForCompensation="true" camunda:candidateGroups="agent-l1"/>
            <bpmn:association id="a2" sourceRef="onNotify" targetRef="correctNotice"/>
            <bpmn:endEvent id="bankRejected"><bpmn:compensateEventDefinition/></bpmn:endEvent>
            """ + Chain("s", "refund", "notify", "bankRejected"), id: key))).EnsureSuccessStatusCode();
        var agent = await host.SignInAsync("agent1");
        var instance = (await StartAsync(agent, key)).GetProperty("id").GetGuid();

        foreach (var (complete, expectNext) in new[] { ("refund", "notify"), ("notify", "correctNotice"), ("correctNotice", "reverseRefund") })
        {
            var open = (await GetJsonAsync(agent, $"/api/tasks?instanceId={instance}")).EnumerateArray().Single();
            Assert.Equal(complete, open.GetProperty("nodeId").GetString());
            (await agent.PostAsJsonAsync($"/api/tasks/{open.GetProperty("id").GetGuid()}/complete", new { variables = new { } })).EnsureSuccessStatusCode();
            Assert.Equal(expectNext, (await GetJsonAsync(agent, $"/api/tasks?instanceId={instance}")).EnumerateArray().Single().GetProperty("nodeId").GetString());
        }
        Assert.Equal("active", (await GetJsonAsync(agent, $"/api/instances/{instance}")).GetProperty("status").GetString());
        var last = (await GetJsonAsync(agent, $"/api/tasks?instanceId={instance}")).EnumerateArray().Single().GetProperty("id").GetGuid();
        (await agent.PostAsJsonAsync($"/api/tasks/{last}/complete", new { variables = new { } })).EnsureSuccessStatusCode();

        var details = await GetJsonAsync(agent, $"/api/instances/{instance}");
        Assert.Equal("completed", details.GetProperty("status").GetString());
        var journal = details.GetProperty("journal").EnumerateArray().Select(j => j.GetProperty("kind").GetString()).ToList();
        Assert.Contains("CompensationThrown", journal);
        Assert.Equal(2, journal.Count(k => k == "CompensationStarted"));
    }
}
