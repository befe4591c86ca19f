using System.Net;
using System.Net.Http.Json;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.ApiScenario;
using static Workflows.Tests.Support.Bpmn;

namespace Workflows.Tests.Server.Events;

/// <summary>
/// Conditional events driven through the HTTP API: variables set on a running instance with
/// <c>POST /api/instances/{id}/variables</c> (managers, admins and the instance's task holders) make a conditional
/// catch go on and a conditional boundary interrupt its task. Cite: issue 21, parts 5 and 7.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class ConditionalApiTests(HostFixture host)
{
    private const string Diagram = """
        <bpmn:startEvent id="s"/><bpmn:parallelGateway id="fork"/>
        <bpmn:intermediateCatchEvent id="funded"><bpmn:conditionalEventDefinition><bpmn:condition xsi:type="bpmn:tFormalExpression">${balance >= amount}</bpmn:condition></bpmn:conditionalEventDefinition></bpmn:intermediateCatchEvent>
        <bpmn:userTask id="pay" camunda:candidateGroups="agent-l1"/><bpmn:endEvent id="pe"/>
        <bpmn:userTask id="review" camunda:candidateGroups="agent-l1"/><bpmn:endEvent id="re"/>
        <bpmn:boundaryEvent id="withdrawn" attachedToRef="review"><bpmn:conditionalEventDefinition camunda:variableName="withdrawn"><bpmn:condition xsi:type="bpmn:tFormalExpression">${withdrawn}</bpmn:condition></bpmn:conditionalEventDefinition></bpmn:boundaryEvent>
        <bpmn:userTask id="close" camunda:candidateGroups="agent-l1"/><bpmn:endEvent id="ce"/>
        """;

    private static string Flows() => Chain("s", "fork") + Flow("f1", "fork", "funded") + Flow("f2", "fork", "review")
        + Chain("funded", "pay", "pe") + Chain("review", "re") + Chain("withdrawn", "close", "ce");

    private static async Task<List<string>> TasksAsync(HttpClient client, Guid instance) =>
        [.. (await GetJsonAsync(client, $"/api/tasks?instanceId={instance}")).EnumerateArray().Select(t => t.GetProperty("nodeId").GetString()!).Order()];

    [Fact]
    public async Task SettingVariables_MovesConditionalEvents_ForManagersAndTaskHolders_Only()
    {
        var designer = await host.SignInAsync("designer");
        var published = await PublishAsync(designer, Process(Diagram + Flows(), id: "conditional-api"));
        Assert.True(published.IsSuccessStatusCode, await published.Content.ReadAsStringAsync());
        var agent = await host.SignInAsync("agent1");
        var instance = (await StartAsync(agent, "conditional-api", new { balance = 10, amount = 500, withdrawn = false })).GetProperty("id").GetGuid();
        Assert.Equal(["review"], await TasksAsync(agent, instance));

        // Not the manager, and no task of the instance held yet: refused, nothing changes.
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.PostAsJsonAsync($"/api/instances/{instance}/variables", new { variables = new { balance = 900 } })).StatusCode);
        var manager = await host.SignInAsync("manager");
        var set = await manager.PostAsJsonAsync($"/api/instances/{instance}/variables", new { variables = new { balance = 900 } });
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.Equal(["pay", "review"], await TasksAsync(agent, instance));

        // The agent who claimed the review may set variables on its instance: the withdrawal interrupts the review.
        var review = (await GetJsonAsync(agent, $"/api/tasks?instanceId={instance}")).EnumerateArray().Single(t => t.GetProperty("nodeId").GetString() == "review");
        (await agent.PostAsync($"/api/tasks/{review.GetProperty("id").GetGuid()}/claim", null)).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.OK, (await agent.PostAsJsonAsync($"/api/instances/{instance}/variables", new { variables = new { withdrawn = true } })).StatusCode);
        Assert.Equal(["close", "pay"], await TasksAsync(agent, instance));

        Assert.Equal(HttpStatusCode.BadRequest, (await manager.PostAsJsonAsync($"/api/instances/{instance}/variables", new { variables = new { } })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.PostAsJsonAsync($"/api/instances/{Guid.NewGuid()}/variables", new { variables = new { a = 1 } })).StatusCode);
    }
}
