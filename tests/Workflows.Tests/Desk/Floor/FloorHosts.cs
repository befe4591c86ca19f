using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.ApiScenario;

namespace Workflows.Tests.Desk.Floor;

/// <summary>
/// Two in-process hosts on one database of their own, both routing (a round every 200 ms when nothing wakes them),
/// with the demo people; helpers to make agents, open cases and watch tasks.
/// </summary>
public sealed class FloorHosts : IAsyncDisposable
{
    private FloorHosts(WebApplicationFactory<Program> first, WebApplicationFactory<Program> second) => (First, Second) = (first, second);

    public WebApplicationFactory<Program> First { get; }
    public WebApplicationFactory<Program> Second { get; }

    public static async Task<FloorHosts> StartAsync(ClusterFixture cluster, string name)
    {
        var database = await cluster.Cluster.CreateDatabaseAsync(name);
        var hosts = new FloorHosts(Host(database), Host(database));
        _ = hosts.First.Server;
        _ = hosts.Second.Server;
        return hosts;
    }

    private static WebApplicationFactory<Program> Host(string database) => new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
    {
        web.UseSetting("ConnectionStrings:Workflows", database);
        web.UseSetting("Workflows:SeedDemoUsers", "true");
        web.UseSetting("Routing:Interval", "00:00:00.2");
    });

    public async Task<HttpClient> SignInAsync(string userName, string password = "demo", bool second = false)
    {
        var client = (second ? Second : First).CreateClient();
        (await client.PostAsJsonAsync("/api/auth/login", new { userName, password })).EnsureSuccessStatusCode();
        return client;
    }

    /// <summary>A new agent in <paramref name="team"/>, signed in on the first or second host and online.</summary>
    public async Task<HttpClient> OnlineAgentAsync(HttpClient admin, string userName, string team, bool second = false, string[]? skills = null, string[]? languages = null)
    {
        (await admin.PostAsJsonAsync("/api/admin/users", new
        {
            userName, displayName = userName, password = "Lotus-window-23", roles = new[] { "agent" }, teams = new[] { new { key = team } },
            skills = skills ?? [], languages = languages ?? ["zh-CN"],
        })).EnsureSuccessStatusCode();
        var agent = await SignInAsync(userName, "Lotus-window-23", second);
        (await agent.PutAsJsonAsync("/api/me/presence", new { status = "online" })).EnsureSuccessStatusCode();
        return agent;
    }

    /// <summary>Opens a case; returns its first task's id.</summary>
    public static async Task<Guid> OpenCaseAsync(HttpClient client, string channel, string? priority = null, string language = "zh-CN")
    {
        var response = await client.PostAsJsonAsync("/api/cases", new
        {
            channel, priority,
            customer = new { phone = "137" + Random.Shared.NextInt64(10_000_000, 99_999_999), name = "Wu Lei", segment = "consumer", language },
            subject = "充值未到账", description = "我的充值还没有到账",
        });
        response.EnsureSuccessStatusCode();
        return (await JsonAsync(response)).GetProperty("openTasks")[0].GetProperty("id").GetGuid();
    }

    public static async Task<JsonElement> TaskAsync(HttpClient manager, Guid id) => await GetJsonAsync(manager, $"/api/tasks/{id}");

    public static async Task<string?> AssigneeAsync(HttpClient manager, Guid id) =>
        (await TaskAsync(manager, id)).GetProperty("assignee") is { ValueKind: JsonValueKind.String } a ? a.GetString() : null;

    /// <summary>Whether <paramref name="condition"/> holds within <paramref name="seconds"/>.</summary>
    public static async Task<bool> WithinAsync(double seconds, Func<Task<bool>> condition)
    {
        for (var deadline = DateTime.UtcNow.AddSeconds(seconds); DateTime.UtcNow < deadline; await Task.Delay(50))
            if (await condition()) return true;
        return await condition();
    }

    public async ValueTask DisposeAsync()
    {
        await First.DisposeAsync();
        await Second.DisposeAsync();
    }
}
