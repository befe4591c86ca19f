using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Server.Identity.SignIn;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.ApiScenario;

namespace Workflows.Tests.Server.Identity;

/// <summary>
/// Two hosts on one database, one session cookie: a change an admin makes on one host ends or narrows the session on
/// the other too, as soon as the other hears PostgreSQL's notification, though it had the session cached.
/// </summary>
[Collection(SoloHostCollection.Name)]
public sealed class SessionsAcrossHostsTests(ClusterFixture cluster)
{
    private static WebApplicationFactory<Program> Host(string database) => new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
    {
        web.UseSetting("ConnectionStrings:Workflows", database);
        web.UseSetting("Workflows:SeedDemoUsers", "true");
    });

    [Fact]
    public async Task DeactivatingOnOneHost_EndsTheSessionOnTheOther_AndATeamChangeReachesItToo()
    {
        var database = await cluster.Cluster.CreateDatabaseAsync("sessions_across_hosts");
        await using var first = Host(database);
        await using var second = Host(database);
        var admin = first.CreateClient();
        (await admin.PostAsJsonAsync("/api/auth/login", new { userName = "admin", password = "demo" })).EnsureSuccessStatusCode();
        var created = await JsonAsync(await admin.PostAsJsonAsync("/api/admin/users", new
        {
            userName = "zhou.min", displayName = "Zhou Min / 周敏", password = "Willow-terrace-14", roles = new[] { "agent" }, teams = new[] { new { key = "agent-l1" } },
        }));
        var id = created.GetProperty("id").GetGuid();

        // Signed in through the first host; the same cookie works on the second (one key ring on this machine).
        var login = await first.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false })
            .PostAsJsonAsync("/api/auth/login", new { userName = "zhou.min", password = "Willow-terrace-14" });
        login.EnsureSuccessStatusCode();
        var cookie = string.Join("; ", login.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        var elsewhere = second.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        elsewhere.DefaultRequestHeaders.Add("Cookie", cookie);
        Assert.Equal(HttpStatusCode.OK, (await elsewhere.GetAsync("/api/inbox?queue=agent-l1")).StatusCode);
        // The second host has the session cached (its listener is up), so what follows tests the notification, not a query.
        var cache = second.Services.GetRequiredService<SessionCache>();
        Assert.True(await WithinAsync(async () =>
        {
            await elsewhere.GetAsync("/api/auth/me");
            return cache.TryGet(id, out _);
        }), "the second host never cached the session");

        (await admin.PatchAsJsonAsync($"/api/admin/users/{id}", new { teams = new[] { new { key = "agent-l2" } } })).EnsureSuccessStatusCode();
        Assert.True(await WithinAsync(async () => (await elsewhere.GetAsync("/api/inbox?queue=agent-l1")).StatusCode == HttpStatusCode.Forbidden),
            "the second host still offered the old team's queue two seconds after the change");
        Assert.Equal(HttpStatusCode.OK, (await elsewhere.GetAsync("/api/inbox?queue=agent-l2")).StatusCode);

        (await admin.PatchAsJsonAsync($"/api/admin/users/{id}", new { active = false })).EnsureSuccessStatusCode();
        Assert.True(await WithinAsync(async () => (await elsewhere.GetAsync("/api/auth/me")).StatusCode == HttpStatusCode.Unauthorized),
            "the second host still let a deactivated user in two seconds after the change");
    }

    /// <summary>Whether <paramref name="condition"/> holds within two seconds (the notification crosses hosts in milliseconds).</summary>
    private static async Task<bool> WithinAsync(Func<Task<bool>> condition)
    {
        for (var deadline = DateTime.UtcNow.AddSeconds(2); DateTime.UtcNow < deadline; await Task.Delay(50))
            if (await condition()) return true;
        return false;
    }
}
