using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Workflows.Tests.Desk.Floor;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.ApiScenario;

namespace Workflows.Tests.Desk.Live;

/// <summary>
/// The live feed across hosts: a browser following <c>/api/live</c> on one host hears, within a second or two, of a
/// case opened, a task claimed and an agent's reply made through the other host; strangers are refused.
/// </summary>
[Collection(SoloHostCollection.Name)]
public sealed class LiveFeedTests(ClusterFixture cluster)
{
    [Fact]
    public async Task ChangesMadeOnOneHost_ReachABrowserFollowingTheOther()
    {
        await using var hosts = await FloorHosts.StartAsync(cluster, "live_feed");
        var agent = await hosts.SignInAsync("agent1");
        var manager = await hosts.SignInAsync("manager", second: true);
        Assert.Equal(HttpStatusCode.Unauthorized, (await hosts.Second.CreateClient().GetAsync("/api/live")).StatusCode);

        using var response = await manager.GetAsync("/api/live", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var feed = new StreamReader(await response.Content.ReadAsStreamAsync());
        Assert.Empty((await NextAsync(feed)).GetProperty("ids").EnumerateArray()); // connected

        var taskId = await FloorHosts.OpenCaseAsync(agent, "phone");
        var task = await FloorHosts.TaskAsync(agent, taskId);
        var instanceId = task.GetProperty("instanceId").GetGuid();
        await HearsAsync(feed, instanceId);

        (await agent.PostAsync($"/api/tasks/{taskId}/claim", null)).EnsureSuccessStatusCode();
        await HearsAsync(feed, instanceId);

        var caseId = (await GetJsonAsync(agent, $"/api/cases?instanceId={instanceId}")).GetProperty("items")[0].GetProperty("id").GetGuid();
        (await agent.PostAsJsonAsync($"/api/cases/{caseId}/replies", new { body = "我们正在查，请稍候。" })).EnsureSuccessStatusCode();
        await HearsAsync(feed, caseId);
    }

    /// <summary>Reads events until one names <paramref name="id"/>; fails after 5 s.</summary>
    private static async Task HearsAsync(StreamReader feed, Guid id)
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        while (true)
        {
            var changes = await NextAsync(feed, limit.Token);
            if (changes.GetProperty("ids").EnumerateArray().Any(i => i.GetGuid() == id)) return;
        }
    }

    /// <summary>The data of the next <c>changes</c> event.</summary>
    private static async Task<JsonElement> NextAsync(StreamReader feed, CancellationToken cancellationToken = default)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(TimeSpan.FromSeconds(5));
        string? type = null;
        while (await feed.ReadLineAsync(limit.Token) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal)) type = line["event: ".Length..];
            else if (line.StartsWith("data: ", StringComparison.Ordinal) && type == "changes") return JsonDocument.Parse(line["data: ".Length..]).RootElement.Clone();
        }
        throw new EndOfStreamException("The live feed ended.");
    }
}
