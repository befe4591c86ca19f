using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.ApiScenario;

namespace Workflows.Tests.Server.Identity;

/// <summary>
/// First start on a configured database: no demo users, no default password. The first admin comes from a one-time
/// setup token printed in the log, or from configuration.
/// </summary>
[Collection(SoloHostCollection.Name)]
public sealed class FirstAdminTests(ClusterFixture cluster)
{
    private static WebApplicationFactory<Program> Host(string database, LogCapture logs, params (string Key, string Value)[] settings) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("ConnectionStrings:Workflows", database);
            foreach (var (key, value) in settings) web.UseSetting(key, value);
            web.ConfigureLogging(logging => logging.AddProvider(logs));
        });

    [Fact]
    public async Task WithoutConfiguration_TheLogCarriesASetupToken_ThatCreatesTheFirstAdminOnce()
    {
        var database = await cluster.Cluster.CreateDatabaseAsync("first_admin_token");
        var logs = new LogCapture();
        await using (var factory = Host(database, logs))
        {
            var client = factory.CreateClient();
            Assert.True((await GetJsonAsync(client, "/api/auth/options")).GetProperty("setupRequired").GetBoolean());
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/auth/login", new { userName = "admin", password = "demo" })).StatusCode);
            var line = Assert.Single(logs.Lines, l => l.Contains("one-time setup token"));
            var token = Regex.Match(line, "wf_[A-Za-z0-9_-]+").Value;

            var wrong = await client.PostAsJsonAsync("/api/auth/setup", new { setupToken = "wf_guess", userName = "root", displayName = "Root", password = "Granite-meadow-55" });
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
            Assert.Equal("setupToken.invalid", (await JsonAsync(wrong)).GetProperty("code").GetString());
            var weak = await client.PostAsJsonAsync("/api/auth/setup", new { setupToken = token, userName = "root", displayName = "Root", password = "root" });
            Assert.Equal("password.too-short", (await JsonAsync(weak)).GetProperty("code").GetString());
            var done = await client.PostAsJsonAsync("/api/auth/setup", new { setupToken = token, userName = "root", displayName = "Root", password = "Granite-meadow-55" });
            Assert.Equal(HttpStatusCode.OK, done.StatusCode);
            Assert.Contains("admin", (await JsonAsync(done)).GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/admin/users")).StatusCode);
            var again = await client.PostAsJsonAsync("/api/auth/setup", new { setupToken = token, userName = "root2", displayName = "R", password = "Granite-meadow-56" });
            Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
            Assert.False((await GetJsonAsync(client, "/api/auth/options")).GetProperty("setupRequired").GetBoolean());
            var teams = await GetJsonAsync(client, "/api/admin/teams");
            Assert.Equal(["agent-l1", "agent-l2", "risk"], teams.EnumerateArray().Select(t => t.GetProperty("key").GetString()));
        }
        var restarted = new LogCapture();
        await using (var factory = Host(database, restarted))
        {
            _ = factory.Server;
            Assert.DoesNotContain(restarted.Lines, l => l.Contains("setup token"));
        }
    }

    [Fact]
    public async Task FromConfiguration_TheFirstAdminSignsInWithTheConfiguredPassword()
    {
        var database = await cluster.Cluster.CreateDatabaseAsync("first_admin_config");
        var logs = new LogCapture();
        await using var factory = Host(database, logs, ("Workflows:FirstAdmin:UserName", "ops"), ("Workflows:FirstAdmin:Password", "Copper-lantern-88"));
        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/auth/login", new { userName = "ops", password = "Copper-lantern-88" })).StatusCode);
        Assert.DoesNotContain(logs.Lines, l => l.Contains("setup token") || l.Contains("Copper-lantern-88"));
        Assert.False((await GetJsonAsync(client, "/api/auth/options")).GetProperty("setupRequired").GetBoolean());
    }
}
