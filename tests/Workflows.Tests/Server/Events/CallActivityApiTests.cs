using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.ApiScenario;
using static Workflows.Tests.Support.Bpmn;

namespace Workflows.Tests.Server.Events;

/// <summary>
/// Call activities through the HTTP API on PostgreSQL: the child is a real instance linked both ways, sees only what
/// camunda:in passes, and its end, its error or its cancellation reaches the caller after its step commits; cancelling
/// the caller cancels the child; a called process that is not published is refused on publish when written out and an
/// incident (retried after publishing) when it is an expression. Cite: issue 21, parts 1 and "bad input".
/// </summary>
[Collection(HostCollection.Name)]
public sealed class CallActivityApiTests(HostFixture host)
{
    private const string Errors = """<bpmn:error id="Rejected" errorCode="rejected"/>""";

    private static string Child(string key, string end = """<bpmn:endEvent id="e"/>""") => Process($"""
        <bpmn:startEvent id="s"/><bpmn:userTask id="freeze" camunda:candidateGroups="agent-l1"/>{end}
        """ + Chain("s", "freeze", "e"), Errors, key);

    private static string Parent(string key, string called, string boundaries = "") => Process($"""
        <bpmn:startEvent id="s"/>
        <bpmn:callActivity id="call" calledElement="{called}">
          <bpmn:extensionElements>
            <camunda:in source="account" target="accountId"/><camunda:in businessKey="#{"{"}execution.processBusinessKey{"}"}"/>
            <camunda:out source="frozen" target="wasFrozen"/>
          </bpmn:extensionElements>
        </bpmn:callActivity>
        <bpmn:userTask id="after" camunda:candidateGroups="agent-l1"/><bpmn:endEvent id="pe"/>
        {boundaries}
        """ + Chain("s", "call", "after", "pe"), Errors, key);

    private static string NewKey(string stem) => $"{stem}-{Guid.NewGuid():N}"[..24];

    private async Task PublishAllAsync(params string[] diagrams)
    {
        var designer = await host.SignInAsync("designer");
        foreach (var xml in diagrams)
        {
            var published = await PublishAsync(designer, xml);
            Assert.True(published.IsSuccessStatusCode, await published.Content.ReadAsStringAsync());
        }
    }

    private static async Task<JsonElement> WaitForAsync(HttpClient client, Guid instance, Func<JsonElement, bool> ready)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var details = await GetJsonAsync(client, $"/api/instances/{instance}");
            if (ready(details) || DateTime.UtcNow > deadline) return details;
            await Task.Delay(100);
        }
    }

    private static Guid OnlyChild(JsonElement details) => Assert.Single(details.GetProperty("children").EnumerateArray()).GetProperty("id").GetGuid();

    [Fact]
    public async Task TheChild_IsLinkedBothWays_SeesOnlyWhatInPasses_AndItsEndBringsBackWhatOutMaps()
    {
        var (child, parent) = (NewKey("ca-freeze"), NewKey("ca-case"));
        await PublishAllAsync(Child(child), Parent(parent, child));
        var agent = await host.SignInAsync("agent1");
        var caller = (await StartAsync(agent, parent, new { account = "A-9", secret = "pin" }, businessKey: "CS-42")).GetProperty("id").GetGuid();

        var withChild = await WaitForAsync(agent, caller, d => d.GetProperty("children").GetArrayLength() > 0);
        var called = OnlyChild(withChild);
        var childDetails = await GetJsonAsync(agent, $"/api/instances/{called}");
        Assert.Equal((child, "CS-42"), (childDetails.GetProperty("definitionKey").GetString(), childDetails.GetProperty("businessKey").GetString()));
        Assert.Equal(["accountId"], childDetails.GetProperty("variables").EnumerateObject().Select(p => p.Name));
        Assert.Equal((caller, "call"), (childDetails.GetProperty("calledBy").GetProperty("instanceId").GetGuid(),
            childDetails.GetProperty("calledBy").GetProperty("nodeId").GetString()));

        var freeze = (await GetJsonAsync(agent, $"/api/tasks?instanceId={called}")).EnumerateArray().Single().GetProperty("id").GetGuid();
        (await agent.PostAsJsonAsync($"/api/tasks/{freeze}/complete", new { variables = new { frozen = true } })).EnsureSuccessStatusCode();

        await WaitForAsync(agent, caller, d => d.GetProperty("openTasks").GetArrayLength() > 0);
        var done = await GetJsonAsync(agent, $"/api/instances/{caller}"); // read again: the first read's parts may straddle the commit
        Assert.Equal("after", done.GetProperty("openTasks")[0].GetProperty("nodeId").GetString());
        Assert.True(done.GetProperty("variables").GetProperty("wasFrozen").GetBoolean());
        Assert.Equal("completed", done.GetProperty("children")[0].GetProperty("status").GetString());
    }

    [Fact]
    public async Task CancellingTheCaller_CancelsTheChild()
    {
        var (child, parent) = (NewKey("ca-freeze"), NewKey("ca-case"));
        await PublishAllAsync(Child(child), Parent(parent, child));
        var agent = await host.SignInAsync("agent1");
        var caller = (await StartAsync(agent, parent, new { account = "A-1" })).GetProperty("id").GetGuid();
        var called = OnlyChild(await WaitForAsync(agent, caller, d => d.GetProperty("children").GetArrayLength() > 0));

        var manager = await host.SignInAsync("manager");
        (await manager.PostAsJsonAsync($"/api/instances/{caller}/cancel", new { reason = "customer withdrew" })).EnsureSuccessStatusCode();

        var childDetails = await WaitForAsync(agent, called, d => d.GetProperty("status").GetString() != "active");
        Assert.Equal("cancelled", childDetails.GetProperty("status").GetString());
        Assert.Empty((await GetJsonAsync(agent, $"/api/tasks?instanceId={called}")).EnumerateArray());
        Assert.Equal("cancelled", (await GetJsonAsync(agent, $"/api/instances/{caller}")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task AChildsError_ReachesTheErrorBoundaryOnTheCallActivity_AndEndsTheChild()
    {
        var (child, parent) = (NewKey("ca-refuse"), NewKey("ca-case"));
        await PublishAllAsync(
            Child(child, """<bpmn:endEvent id="e"><bpmn:errorEventDefinition errorRef="Rejected"/></bpmn:endEvent>"""),
            Parent(parent, child, """
                <bpmn:boundaryEvent id="refused" attachedToRef="call"><bpmn:errorEventDefinition errorRef="Rejected"/></bpmn:boundaryEvent>
                <bpmn:userTask id="explain" camunda:candidateGroups="agent-l1"/>
                """ + Chain("refused", "explain")));
        var agent = await host.SignInAsync("agent1");
        var caller = (await StartAsync(agent, parent, new { account = "A-2" })).GetProperty("id").GetGuid();
        var called = OnlyChild(await WaitForAsync(agent, caller, d => d.GetProperty("children").GetArrayLength() > 0));
        var freeze = (await GetJsonAsync(agent, $"/api/tasks?instanceId={called}")).EnumerateArray().Single().GetProperty("id").GetGuid();
        (await agent.PostAsJsonAsync($"/api/tasks/{freeze}/complete", new { variables = new { frozen = false } })).EnsureSuccessStatusCode();

        await WaitForAsync(agent, caller, d => d.GetProperty("openTasks").GetArrayLength() > 0);
        var caught = await GetJsonAsync(agent, $"/api/instances/{caller}");
        Assert.Equal("explain", caught.GetProperty("openTasks")[0].GetProperty("nodeId").GetString());
        Assert.False(caught.GetProperty("variables").GetProperty("wasFrozen").GetBoolean());
        var childDetails = await WaitForAsync(agent, called, d => d.GetProperty("status").GetString() != "active");
        Assert.Equal("cancelled", childDetails.GetProperty("status").GetString());
        Assert.Empty(childDetails.GetProperty("incidents").EnumerateArray());
    }

    [Fact]
    public async Task AnUnpublishedProcess_IsRefusedOnPublish_WhenWrittenOut_AndAnIncidentUntilPublished_WhenAnExpression()
    {
        var designer = await host.SignInAsync("designer");
        var missing = NewKey("ca-missing");
        var refused = await PublishAsync(designer, Parent(NewKey("ca-case"), missing));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var body = await refused.Content.ReadAsStringAsync();
        Assert.Contains("call.unknown-process", body);
        Assert.Contains($"'{missing}', which is not published", body);

        var parent = NewKey("ca-case");
        await PublishAllAsync(Parent(parent, "${target}"));
        var agent = await host.SignInAsync("agent1");
        var caller = (await StartAsync(agent, parent, new { account = "A-3", target = missing })).GetProperty("id").GetGuid();
        var failed = await WaitForAsync(agent, caller, d => d.GetProperty("incidents").GetArrayLength() > 0);
        var incident = Assert.Single(failed.GetProperty("incidents").EnumerateArray());
        Assert.Equal(("call", "FailedCall"), (incident.GetProperty("nodeId").GetString(), incident.GetProperty("kind").GetString()));
        Assert.Contains($"No process with key '{missing}' is published", incident.GetProperty("message").GetString());

        await PublishAllAsync(Child(missing));
        var manager = await host.SignInAsync("manager");
        (await manager.PostAsJsonAsync($"/api/incidents/{incident.GetProperty("id").GetGuid()}/retry", new { })).EnsureSuccessStatusCode();
        var retried = await WaitForAsync(agent, caller, d => d.GetProperty("children").GetArrayLength() > 0);
        Assert.Empty(retried.GetProperty("incidents").EnumerateArray());
        Assert.Equal(missing, retried.GetProperty("children")[0].GetProperty("definitionKey").GetString());
    }
}
