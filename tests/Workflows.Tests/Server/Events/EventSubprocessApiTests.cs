using System.Net.Http.Json;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.ApiScenario;
using static Workflows.Tests.Support.Bpmn;

namespace Workflows.Tests.Server.Events;

/// <summary>
/// An event subprocess driven through the HTTP API: "whenever the customer writes in, interrupt and re-triage" — a
/// message sent with <c>POST /api/messages</c> to a waiting case starts the event subprocess, which cancels the work in
/// hand; the manager's view shows no token waiting at the listening start event. Cite: issue 21, part 3.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class EventSubprocessApiTests(HostFixture host)
{
    private static string Diagram(string key) => Process("""
        <bpmn:startEvent id="s"/><bpmn:userTask id="work" camunda:candidateGroups="agent-l1"/><bpmn:endEvent id="e"/>
        <bpmn:subProcess id="retriage" triggeredByEvent="true">
          <bpmn:startEvent id="wrote"><bpmn:messageEventDefinition messageRef="Msg"/></bpmn:startEvent>
          <bpmn:userTask id="triage" camunda:candidateGroups="agent-l1"/><bpmn:endEvent id="re"/>
        """ + Chain("wrote", "triage", "re") + """
        </bpmn:subProcess>
        """ + Chain("s", "work", "e"), """<bpmn:message id="Msg" name="customer-wrote"/>""", key);

    [Fact]
    public async Task AMessage_StartsTheEventSubprocess_CancellingTheWorkInHand()
    {
        var designer = await host.SignInAsync("designer");
        var published = await PublishAsync(designer, Diagram("esp-api"));
        Assert.True(published.IsSuccessStatusCode, await published.Content.ReadAsStringAsync());
        var agent = await host.SignInAsync("agent1");
        var businessKey = $"CS-ESP-{Guid.NewGuid():N}";
        var instance = (await StartAsync(agent, "esp-api", null, businessKey)).GetProperty("id").GetGuid();

        var tokens = (await GetJsonAsync(agent, $"/api/instances/{instance}")).GetProperty("tokens").EnumerateArray().ToList();
        Assert.Contains(tokens, t => t.GetProperty("nodeId").GetString() == "wrote" && t.GetProperty("status").GetString() == "listening");

        var sent = await agent.PostAsJsonAsync("/api/messages", new { name = "customer-wrote", businessKey, variables = new { text = "any news?" } });
        Assert.True(sent.IsSuccessStatusCode, await sent.Content.ReadAsStringAsync());
        var tasks = (await GetJsonAsync(agent, $"/api/tasks?instanceId={instance}")).EnumerateArray().Select(t => t.GetProperty("nodeId").GetString()).ToList();
        Assert.Equal(["triage"], tasks);

        var triage = (await GetJsonAsync(agent, $"/api/tasks?instanceId={instance}")).EnumerateArray().Single().GetProperty("id").GetGuid();
        (await agent.PostAsJsonAsync($"/api/tasks/{triage}/complete", new { variables = new { } })).EnsureSuccessStatusCode();
        var details = await GetJsonAsync(agent, $"/api/instances/{instance}");
        Assert.Equal("completed", details.GetProperty("status").GetString());
        Assert.Equal("any news?", details.GetProperty("variables").GetProperty("text").GetString());
    }
}
