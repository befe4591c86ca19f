using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.ApiScenario;

namespace Workflows.Tests.Desk.Floor;

/// <summary>
/// Agents say whether they take work; signing out or being deactivated sets them offline; managers see the floor:
/// every agent, their presence and the open tasks assigned to them.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class PresenceTests(HostFixture host)
{
    private static async Task<string> PresenceAsync(HttpClient client) => (await GetJsonAsync(client, "/api/me/presence")).GetProperty("status").GetString()!;

    private static async Task<JsonElement> FloorAgentAsync(HttpClient manager, string userName) =>
        (await GetJsonAsync(manager, "/api/manager/floor")).GetProperty("agents").EnumerateArray().Single(a => a.GetProperty("userName").GetString() == userName);

    [Fact]
    public async Task AnAgent_GoesOnlineAndAway_SignsOut_AndIsOffline_AsTheFloorShows()
    {
        var admin = await host.SignInAsync("admin");
        var userName = "presence." + Guid.NewGuid().ToString("N")[..6];
        (await admin.PostAsJsonAsync("/api/admin/users", new
        {
            userName, displayName = "Presence / 在线", password = "Lotus-window-23", roles = new[] { "agent" }, teams = new[] { new { key = "agent-l1" } },
        })).EnsureSuccessStatusCode();
        var agent = host.Factory.CreateClient();
        (await agent.PostAsJsonAsync("/api/auth/login", new { userName, password = "Lotus-window-23" })).EnsureSuccessStatusCode();
        Assert.Equal("offline", await PresenceAsync(agent));

        var online = await agent.PutAsJsonAsync("/api/me/presence", new { status = "online" });
        Assert.Equal(HttpStatusCode.OK, online.StatusCode);
        var since = (await JsonAsync(online)).GetProperty("since").GetDateTimeOffset();
        Assert.Equal("online", await PresenceAsync(agent));
        var again = await JsonAsync(await agent.PutAsJsonAsync("/api/me/presence", new { status = "online" }));
        Assert.Equal(since, again.GetProperty("since").GetDateTimeOffset()); // the same status again keeps its start

        var manager = await host.SignInAsync("manager");
        var onFloor = await FloorAgentAsync(manager, userName);
        Assert.Equal("online", onFloor.GetProperty("presence").GetString());
        Assert.Equal(0, onFloor.GetProperty("load").GetProperty("ticket").GetInt32());
        Assert.Contains((await GetJsonAsync(manager, "/api/manager/floor")).GetProperty("agents").EnumerateArray(), a => a.GetProperty("userName").GetString() == "agent2");

        foreach (var bad in new object[] { new { status = "sleeping" }, new { status = (string?)null }, new { } })
        {
            var refused = await agent.PutAsJsonAsync("/api/me/presence", bad);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            var problem = await JsonAsync(refused);
            Assert.Equal(("status.unknown", "status"), (problem.GetProperty("code").GetString(), problem.GetProperty("field").GetString()));
        }
        Assert.Equal("online", await PresenceAsync(agent));

        (await agent.PostAsync("/api/auth/logout", null)).EnsureSuccessStatusCode();
        Assert.Equal("offline", (await FloorAgentAsync(manager, userName)).GetProperty("presence").GetString());
        (await agent.PostAsJsonAsync("/api/auth/login", new { userName, password = "Lotus-window-23" })).EnsureSuccessStatusCode();
        (await agent.PutAsJsonAsync("/api/me/presence", new { status = "away" })).EnsureSuccessStatusCode();
        (await agent.PostAsJsonAsync("/api/auth/login", new { userName, password = "Lotus-window-23" })).EnsureSuccessStatusCode();
        Assert.Equal("away", await PresenceAsync(agent)); // signing in keeps the last presence

        var id = (await GetJsonAsync(admin, $"/api/admin/users?q={userName}")).GetProperty("users")[0].GetProperty("id").GetGuid();
        (await admin.PatchAsJsonAsync($"/api/admin/users/{id}", new { active = false })).EnsureSuccessStatusCode();
        Assert.DoesNotContain((await GetJsonAsync(manager, "/api/manager/floor")).GetProperty("agents").EnumerateArray(), a => a.GetProperty("userName").GetString() == userName);
    }

    [Fact]
    public async Task TheFloor_CountsAnAgentsAssignedTasks_ByChannel_AndIsForManagersOnly()
    {
        var agent = await host.SignInAsync("agent3");
        var opened = await JsonAsync(await agent.PostAsJsonAsync("/api/cases", new
        {
            channel = "chat", customer = new { phone = "137" + Random.Shared.NextInt64(10_000_000, 99_999_999), name = "Wu Lei", segment = "consumer", language = "zh-CN" },
            subject = "充值未到账", description = "我的充值还没有到账",
        }));
        var task = opened.GetProperty("openTasks")[0].GetProperty("id").GetGuid();
        var manager = await host.SignInAsync("manager");
        var before = (await FloorAgentAsync(manager, "agent3")).GetProperty("load").GetProperty("chat").GetInt32();
        (await agent.PostAsync($"/api/tasks/{task}/claim", null)).EnsureSuccessStatusCode();
        var after = await FloorAgentAsync(manager, "agent3");
        Assert.Equal(before + 1, after.GetProperty("load").GetProperty("chat").GetInt32());
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.GetAsync("/api/manager/floor")).StatusCode);
    }
}
