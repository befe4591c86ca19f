using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.ApiScenario;
using static Workflows.Tests.Support.Bpmn;

namespace Workflows.Tests.Server.Events;

/// <summary>
/// Signals across instances through the HTTP API: <c>POST /api/signals</c> reaches every waiting instance and starts
/// every process with a signal start event of that name; a signal thrown inside a process is broadcast once its step
/// has committed, to other instances and to its own. Cite: issue 21, part 4.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class SignalApiTests(HostFixture host)
{
    private static string Signal(string name) => $"""<bpmn:signal id="Sig" name="{name}"/>""";

    private static string Waiting(string key, string signal) => Process("""
        <bpmn:startEvent id="s"/><bpmn:intermediateCatchEvent id="wait"><bpmn:signalEventDefinition signalRef="Sig"/></bpmn:intermediateCatchEvent>
        <bpmn:userTask id="retry" camunda:candidateGroups="agent-l1"/><bpmn:endEvent id="e"/>
        """ + Chain("s", "wait", "retry", "e"), Signal(signal), key);

    private static string Noting(string key, string signal) => Process("""
        <bpmn:startEvent id="s"/><bpmn:userTask id="work" camunda:candidateGroups="agent-l1"/><bpmn:endEvent id="e"/>
        <bpmn:boundaryEvent id="note" attachedToRef="work" cancelActivity="false"><bpmn:signalEventDefinition signalRef="Sig"/></bpmn:boundaryEvent>
        <bpmn:userTask id="noted" camunda:candidateGroups="agent-l1"/><bpmn:endEvent id="ne"/>
        """ + Chain("s", "work", "e") + Chain("note", "noted", "ne"), Signal(signal), key);

    private static string StartedBy(string key, string signal) => Process("""
        <bpmn:startEvent id="bySignal"><bpmn:signalEventDefinition signalRef="Sig"/></bpmn:startEvent><bpmn:userTask id="check" camunda:candidateGroups="agent-l1"/><bpmn:endEvent id="e"/>
        """ + Chain("bySignal", "check", "e"), Signal(signal), key);

    private static string Throwing(string key, string signal) => Process("""
        <bpmn:startEvent id="s"/><bpmn:userTask id="fix" camunda:candidateGroups="agent-l1"/>
        <bpmn:endEvent id="announce"><bpmn:signalEventDefinition signalRef="Sig"/></bpmn:endEvent>
        """ + Chain("s", "fix", "announce"), Signal(signal), key);

    private async Task<HttpClient> PublishedAsync(params string[] diagrams)
    {
        var designer = await host.SignInAsync("designer");
        foreach (var xml in diagrams)
        {
            var published = await PublishAsync(designer, xml);
            Assert.True(published.IsSuccessStatusCode, await published.Content.ReadAsStringAsync());
        }
        return await host.SignInAsync("agent1");
    }

    private static async Task<List<string>> TasksAsync(HttpClient client, Guid instance) =>
        [.. (await GetJsonAsync(client, $"/api/tasks?instanceId={instance}")).EnumerateArray().Select(t => t.GetProperty("nodeId").GetString()!).Order()];

    [Fact]
    public async Task TheSignalsApi_ReachesEveryWaitingInstance_AndStartsTheProcessesItStarts()
    {
        var name = $"outage-over-{Guid.NewGuid():N}";
        var agent = await PublishedAsync(Waiting("sig-wait", name), Noting("sig-note", name), StartedBy("sig-start", name));
        var (one, two) = ((await StartAsync(agent, "sig-wait")).GetProperty("id").GetGuid(), (await StartAsync(agent, "sig-wait")).GetProperty("id").GetGuid());
        var noting = (await StartAsync(agent, "sig-note")).GetProperty("id").GetGuid();

        var sent = await agent.PostAsJsonAsync("/api/signals", new { name, variables = new { bank = "icbc" } });
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var answer = await JsonAsync(sent);
        Assert.Equal(new[] { one, two, noting }.Order(), answer.GetProperty("reached").EnumerateArray().Select(e => e.GetGuid()).Order());
        var started = Assert.Single(answer.GetProperty("started").EnumerateArray()).GetGuid();

        Assert.Equal(["retry"], await TasksAsync(agent, one));
        Assert.Equal(["noted", "work"], await TasksAsync(agent, noting));
        Assert.Equal(["check"], await TasksAsync(agent, started));
        var variables = (await GetJsonAsync(agent, $"/api/instances/{started}")).GetProperty("variables");
        Assert.Equal("icbc", variables.GetProperty("bank").GetString());

        // A signal nobody waits for is no error: it reaches nobody.
        var nobody = await JsonAsync(await agent.PostAsJsonAsync("/api/signals", new { name = $"unheard-{Guid.NewGuid():N}" }));
        Assert.Equal(0, nobody.GetProperty("reached").GetArrayLength() + nobody.GetProperty("started").GetArrayLength());
        Assert.Equal(HttpStatusCode.BadRequest, (await agent.PostAsJsonAsync("/api/signals", new { name = " " })).StatusCode);
    }

    [Fact]
    public async Task ASignalThrownInAProcess_ReachesTheWaitingInstances_AfterItsStepCommits()
    {
        var name = $"fixed-{Guid.NewGuid():N}";
        var agent = await PublishedAsync(Waiting("sig-thrown-wait", name), Throwing("sig-thrower", name));
        var waiting = (await StartAsync(agent, "sig-thrown-wait")).GetProperty("id").GetGuid();
        var thrower = (await StartAsync(agent, "sig-thrower")).GetProperty("id").GetGuid();
        var fix = (await GetJsonAsync(agent, $"/api/tasks?instanceId={thrower}")).EnumerateArray().Single().GetProperty("id").GetGuid();

        (await agent.PostAsJsonAsync($"/api/tasks/{fix}/complete", new { variables = new { } })).EnsureSuccessStatusCode();

        Assert.Equal("completed", (await GetJsonAsync(agent, $"/api/instances/{thrower}")).GetProperty("status").GetString());
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while ((await TasksAsync(agent, waiting)).Count == 0 && DateTime.UtcNow < deadline) await Task.Delay(100);
        Assert.Equal(["retry"], await TasksAsync(agent, waiting));
        var journal = (await GetJsonAsync(agent, $"/api/instances/{waiting}")).GetProperty("journal").EnumerateArray();
        Assert.Contains(journal, j => j.GetProperty("kind").GetString() == "SignalReceived");
    }
}
