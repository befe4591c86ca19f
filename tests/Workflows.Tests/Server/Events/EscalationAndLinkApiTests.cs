using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.ApiScenario;
using static Workflows.Tests.Support.Bpmn;

namespace Workflows.Tests.Server.Events;

/// <summary>
/// Escalation and link events through the HTTP API: a diagram as Camunda Modeler writes it is published, started and
/// driven by completing tasks; a diagram whose link leads nowhere is refused with the element named. Cite: issue 21.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class EscalationAndLinkApiTests(HostFixture host)
{
    private const string Flow = """
        <bpmn:startEvent id="s"/>
        <bpmn:subProcess id="handle" name="Handle the refund">
          <bpmn:startEvent id="hs"/><bpmn:userTask id="check" name="Check" camunda:candidateGroups="agent-l1"/>
          <bpmn:exclusiveGateway id="big" default="small"/>
          <bpmn:intermediateThrowEvent id="tellRisk"><bpmn:escalationEventDefinition id="ed1" escalationRef="Esc_Big"/></bpmn:intermediateThrowEvent>
          <bpmn:intermediateThrowEvent id="toPay"><bpmn:linkEventDefinition id="ld1" name="Pay"/></bpmn:intermediateThrowEvent>
          <bpmn:intermediateCatchEvent id="pay"><bpmn:linkEventDefinition id="ld2" name="Pay"/></bpmn:intermediateCatchEvent>
          <bpmn:userTask id="refund" name="Refund" camunda:candidateGroups="agent-l1"/><bpmn:endEvent id="he"/>
        """;

    private static string Diagram(string key) => Process(Flow
        + Chain("hs", "check", "big") + Bpmn.Flow("large", "big", "tellRisk", "${amount > 1000}") + Bpmn.Flow("small", "big", "toPay")
        + Chain("tellRisk", "toPay") + Chain("pay", "refund", "he") + """
        </bpmn:subProcess>
        <bpmn:boundaryEvent id="riskTold" attachedToRef="handle" cancelActivity="false">
          <bpmn:escalationEventDefinition id="ed2" escalationRef="Esc_Big" camunda:escalationCodeVariable="escalated"/>
        </bpmn:boundaryEvent>
        <bpmn:userTask id="riskLook" name="Risk look" camunda:candidateGroups="agent-l1"/><bpmn:endEvent id="re"/><bpmn:endEvent id="e"/>
        """ + Chain("s", "handle", "e") + Chain("riskTold", "riskLook", "re"),
        """<bpmn:escalation id="Esc_Big" name="Large refund" escalationCode="large-refund"/>""", key);

    private static async Task<List<string>> OpenTasksAsync(HttpClient client, Guid instance) =>
        [.. (await GetJsonAsync(client, $"/api/tasks?instanceId={instance}")).EnumerateArray().Select(t => t.GetProperty("nodeId").GetString()!).Order()];

    private static async Task CompleteAsync(HttpClient client, Guid instance, string nodeId, object? variables = null)
    {
        var task = (await GetJsonAsync(client, $"/api/tasks?instanceId={instance}")).EnumerateArray().Single(t => t.GetProperty("nodeId").GetString() == nodeId);
        var done = await client.PostAsJsonAsync($"/api/tasks/{task.GetProperty("id").GetGuid()}/complete", new { variables = variables ?? new { } });
        Assert.True(done.IsSuccessStatusCode, await done.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ALargeRefund_EscalatesToRiskBesideTheRefund_AndALinkCarriesItToPayment()
    {
        var designer = await host.SignInAsync("designer");
        var published = await PublishAsync(designer, Diagram("escalation-link-api"));
        Assert.True(published.IsSuccessStatusCode, await published.Content.ReadAsStringAsync());
        var agent = await host.SignInAsync("agent1");
        var instance = (await StartAsync(agent, "escalation-link-api", new { amount = 5000 })).GetProperty("id").GetGuid();

        await CompleteAsync(agent, instance, "check");
        Assert.Equal(["refund", "riskLook"], await OpenTasksAsync(agent, instance));
        var details = await GetJsonAsync(agent, $"/api/instances/{instance}");
        var kinds = details.GetProperty("journal").EnumerateArray().Select(j => (j.GetProperty("kind").GetString(), j.GetProperty("nodeId").GetString())).ToList();
        Assert.Contains(("EscalationCaught", "riskTold"), kinds);
        Assert.Contains(("LinkFollowed", "toPay"), kinds);

        await CompleteAsync(agent, instance, "refund");
        await CompleteAsync(agent, instance, "riskLook");
        Assert.Equal("completed", (await GetJsonAsync(agent, $"/api/instances/{instance}")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task ASmallRefund_FollowsTheLinkWithoutEscalating()
    {
        var designer = await host.SignInAsync("designer");
        (await PublishAsync(designer, Diagram("escalation-link-small"))).EnsureSuccessStatusCode();
        var agent = await host.SignInAsync("agent1");
        var instance = (await StartAsync(agent, "escalation-link-small", new { amount = 20 })).GetProperty("id").GetGuid();
        await CompleteAsync(agent, instance, "check");
        Assert.Equal(["refund"], await OpenTasksAsync(agent, instance));
    }

    [Fact]
    public async Task ALinkToNowhere_IsRefused_NamingTheThrowEvent()
    {
        var designer = await host.SignInAsync("designer");
        var refused = await PublishAsync(designer, Diagram("escalation-link-broken").Replace("""name="Pay"/></bpmn:intermediateCatchEvent>""", """name="Pay later"/></bpmn:intermediateCatchEvent>"""));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var body = await refused.Content.ReadAsStringAsync();
        Assert.Contains("link.unknown-target", body);
        Assert.Contains("toPay", body);
    }
}
