using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.ApiScenario;
using static Workflows.Tests.Desk.Floor.FloorHosts;

namespace Workflows.Tests.Desk.Floor;

/// <summary>
/// Automatic routing on two hosts sharing one database: offers within two seconds, never past an agent's capacity
/// per channel, urgent work first, claimed work kept, offers back to the queue when an agent goes offline, declines
/// and lapsed offers moving on, every offer journaled with its reason; bad settings refused with nothing saved.
/// </summary>
[Collection(SoloHostCollection.Name)]
public sealed class RoutingTests(ClusterFixture cluster)
{
    [Fact]
    public async Task LeastLoaded_OffersWithinCapacity_UrgentFirst_AndTakesOffersBackFromAgentsWhoLeave()
    {
        await using var hosts = await StartAsync(cluster, "routing_least_loaded");
        var admin = await hosts.SignInAsync("admin");
        var manager = await hosts.SignInAsync("manager", second: true);

        foreach (var (bad, field) in new (object Body, string Field)[]
        {
            (new { mode = "random" }, "mode"), (new { capacity = new { ticket = -1 } }, "capacity.ticket"), (new { capacity = new { chat = 101 } }, "capacity.chat"),
            (new { offerTimeoutSeconds = 1 }, "offerTimeoutSeconds"),
        })
        {
            var refused = await admin.PutAsJsonAsync("/api/admin/teams/agent-l1/routing", bad);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Equal(field, (await JsonAsync(refused)).GetProperty("field").GetString());
        }
        Assert.Equal("pull", (await GetJsonAsync(admin, "/api/admin/teams/agent-l1/routing")).GetProperty("mode").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PutAsJsonAsync("/api/admin/teams/nobody/routing", new { mode = "round-robin" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.PutAsJsonAsync("/api/admin/teams/agent-l1/routing", new { mode = "round-robin" })).StatusCode);

        // Pull: nothing is offered, however long the task waits.
        var pulled = await OpenCaseAsync(admin, "phone");
        var wang = await hosts.OnlineAgentAsync(admin, "wang.fang", "agent-l1");
        var li = await hosts.OnlineAgentAsync(admin, "li.na", "agent-l1", second: true);
        await Task.Delay(600);
        Assert.Null(await AssigneeAsync(manager, pulled));

        // Five more tickets and two chats wait, opened on both hosts; the last ticket is urgent. Routing on: the four
        // ticket places go to the urgent one and the three oldest, the two chat places to the chats.
        var tickets = new List<Guid> { pulled };
        for (var i = 0; i < 4; i++) tickets.Add(await OpenCaseAsync(i % 2 == 0 ? admin : manager, i % 2 == 0 ? "phone" : "email"));
        var urgent = await OpenCaseAsync(manager, "wechat", priority: "urgent");
        var chats = new[] { await OpenCaseAsync(admin, "chat"), await OpenCaseAsync(manager, "chat") };
        var all = tickets.Append(urgent).Concat(chats).ToList();
        var set = await admin.PutAsJsonAsync("/api/admin/teams/agent-l1/routing", new { mode = "least-loaded", capacity = new { ticket = 2, chat = 1 }, offerTimeoutSeconds = 60 });
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.True(await WithinAsync(2, async () => (await AssigneesAsync(manager, all)).Count(a => a is not null) == 6),
            "six offers within 2 s: " + string.Join(",", await AssigneesAsync(manager, all)));
        await Task.Delay(500); // and no more after that
        var holders = await AssigneesAsync(manager, all);
        Assert.Equal(6, holders.Count(a => a is not null));
        Assert.NotNull(holders[all.IndexOf(urgent)]); // the urgent ticket came in last and was served before older ones
        Assert.Null(holders[all.IndexOf(tickets[^1])]); // the newest ordinary ticket waits
        foreach (var agent in new[] { "wang.fang", "li.na" })
        {
            Assert.Equal(2, tickets.Append(urgent).Count(t => holders[all.IndexOf(t)] == agent));
            Assert.Equal(1, chats.Count(t => holders[all.IndexOf(t)] == agent));
        }
        var floor = (await GetJsonAsync(manager, "/api/manager/floor")).GetProperty("agents").EnumerateArray().Single(a => a.GetProperty("userName").GetString() == "li.na");
        Assert.Equal((2, 1), (floor.GetProperty("load").GetProperty("ticket").GetInt32(), floor.GetProperty("load").GetProperty("chat").GetInt32()));
        Assert.Equal((2, 1), (floor.GetProperty("capacity").GetProperty("ticket").GetInt32(), floor.GetProperty("capacity").GetProperty("chat").GetInt32()));

        // The offer is in the journal with its reason; the agent sees it among their offers and accepts by claiming.
        var wangsTickets = tickets.Append(urgent).Where(t => holders[all.IndexOf(t)] == "wang.fang").ToList();
        var instance = (await TaskAsync(manager, wangsTickets[0])).GetProperty("instanceId").GetGuid();
        var journal = (await GetJsonAsync(manager, $"/api/instances/{instance}")).GetProperty("journal").EnumerateArray().ToList();
        Assert.Contains(journal, j => j.GetProperty("kind").GetString() == "TaskOffered" && j.GetProperty("actor").GetString() == "routing"
            && j.GetProperty("message").GetString()!.Contains("least-loaded routing of team agent-l1"));
        Assert.Equal(3, (await GetJsonAsync(wang, "/api/me/offers")).GetArrayLength());
        (await wang.PostAsync($"/api/tasks/{wangsTickets[0]}/claim", null)).EnsureSuccessStatusCode();
        Assert.Equal(2, (await GetJsonAsync(wang, "/api/me/offers")).GetArrayLength());

        // Wang goes offline: the untouched offers go back (and, with li.na full, stay in the queue); the claimed one stays.
        (await wang.PutAsJsonAsync("/api/me/presence", new { status = "offline" })).EnsureSuccessStatusCode();
        Assert.True(await WithinAsync(5, async () => (await AssigneesAsync(manager, all)).Count(a => a == "wang.fang") == 1), "offers not back within 5 s");
        Assert.Equal("wang.fang", await AssigneeAsync(manager, wangsTickets[0]));
        Assert.DoesNotContain("wang.fang", (await AssigneesAsync(manager, all)).Where((a, i) => all[i] != wangsTickets[0]));

        // Li declines a ticket: it goes to nobody else with room (wang is offline), and li is not offered it again.
        var lisTicket = tickets.Append(urgent).First(t => holders[all.IndexOf(t)] == "li.na");
        Assert.Equal(HttpStatusCode.NoContent, (await li.PostAsync($"/api/me/offers/{lisTicket}/decline", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await li.PostAsync($"/api/me/offers/{lisTicket}/decline", null)).StatusCode);
        Assert.True(await WithinAsync(2, async () => (await AssigneesAsync(manager, all)).Count(a => a == "li.na") == 3), "li was not offered another ticket in its place");
        Assert.Null(await AssigneeAsync(manager, lisTicket)); // nobody else has room: wang is offline

        // Wang back online: fills up to capacity again (the claimed ticket counts), never past it; li never gets the declined ticket back.
        (await wang.PutAsJsonAsync("/api/me/presence", new { status = "online" })).EnsureSuccessStatusCode();
        Assert.True(await WithinAsync(2, async () => (await AssigneesAsync(manager, all)).Count(a => a == "wang.fang") == 3), "wang did not fill up again");
        await Task.Delay(500);
        var final = await AssigneesAsync(manager, all);
        Assert.Equal(2, tickets.Append(urgent).Count(t => final[all.IndexOf(t)] == "wang.fang"));
        Assert.Equal(1, chats.Count(t => final[all.IndexOf(t)] == "wang.fang"));
        Assert.NotEqual("li.na", final[all.IndexOf(lisTicket)]);
    }

    [Fact]
    public async Task AnOfferNotAcceptedInTime_MovesToTheNextAgent()
    {
        await using var hosts = await StartAsync(cluster, "routing_timeout");
        var admin = await hosts.SignInAsync("admin");
        (await admin.PutAsJsonAsync("/api/admin/teams/agent-l2/routing", new { mode = "round-robin", capacity = new { ticket = 5, chat = 5 }, offerTimeoutSeconds = 5 }))
            .EnsureSuccessStatusCode();
        (await admin.PutAsJsonAsync("/api/admin/teams/agent-l1/routing", new { mode = "round-robin", capacity = new { ticket = 5, chat = 5 }, offerTimeoutSeconds = 5 }))
            .EnsureSuccessStatusCode();
        var first = await hosts.OnlineAgentAsync(admin, "zhao.lei", "agent-l1");
        var task = await OpenCaseAsync(admin, "email");
        string? offeredTo = null;
        Assert.True(await WithinAsync(2, async () => (offeredTo = await AssigneeAsync(admin, task)) is not null));
        Assert.Equal("zhao.lei", offeredTo);
        await hosts.OnlineAgentAsync(admin, "qian.yu", "agent-l1", second: true);
        Assert.True(await WithinAsync(8, async () => await AssigneeAsync(admin, task) == "qian.yu"), "the lapsed offer did not move to the next agent");
        var instance = (await TaskAsync(admin, task)).GetProperty("instanceId").GetGuid();
        var kinds = (await GetJsonAsync(admin, $"/api/instances/{instance}")).GetProperty("journal").EnumerateArray()
            .Select(j => (j.GetProperty("kind").GetString(), j.GetProperty("message").GetString()!)).ToList();
        Assert.Contains(kinds, k => k.Item1 == "TaskOfferWithdrawn" && k.Item2.Contains("not accepted within 5 s"));
        Assert.Equal(2, kinds.Count(k => k.Item1 == "TaskOffered"));
        Assert.Empty((await GetJsonAsync(first, "/api/me/offers")).EnumerateArray());
    }

    private static async Task<List<string?>> AssigneesAsync(HttpClient manager, List<Guid> tasks)
    {
        var result = new List<string?>();
        foreach (var task in tasks) result.Add(await AssigneeAsync(manager, task));
        return result;
    }
}
