using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.ApiScenario;

namespace Workflows.Tests.Server.Identity;

/// <summary>Local accounts through the admin API: password rules, lockout with its message, reset, sessions that end, teams and tokens.</summary>
[Collection(HostCollection.Name)]
public sealed class AccountTests(HostFixture host)
{
    private async Task<(Guid Id, string UserName)> CreateAsync(HttpClient admin, string password, params string[] roles)
    {
        var userName = "acct." + Guid.NewGuid().ToString("N")[..8];
        var response = await admin.PostAsJsonAsync("/api/admin/users", new
        {
            userName, displayName = "王芳 Wang Fang", email = $"{userName}@pay.example", roles, password, skills = new[] { "refunds" }, languages = new[] { "zh-CN" },
            teams = new[] { new { key = "agent-l2", lead = true } },
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var user = await JsonAsync(response);
        Assert.DoesNotContain(password, user.GetRawText());
        Assert.False(user.TryGetProperty("passwordHash", out _));
        Assert.True(user.GetProperty("hasPassword").GetBoolean());
        return (user.GetProperty("id").GetGuid(), userName);
    }

    private async Task<HttpResponseMessage> LoginAsync(HttpClient client, string userName, string password) =>
        await client.PostAsJsonAsync("/api/auth/login", new { userName, password });

    [Fact]
    public async Task NewPasswords_FollowTheRules_EachRuleNamedByItsCode()
    {
        var admin = await host.SignInAsync("admin");
        foreach (var (password, code) in new[] { ("short", "password.too-short"), ("1234567890", "password.too-common"), ("aaaaaaaaaaaaaa", "password.too-common") })
        {
            var response = await admin.PostAsJsonAsync("/api/admin/users", new { userName = "rules." + Guid.NewGuid().ToString("N")[..6], displayName = "R", password });
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var problem = await JsonAsync(response);
            Assert.Equal(code, problem.GetProperty("code").GetString());
            Assert.Equal("password", problem.GetProperty("field").GetString());
        }
        var named = await admin.PostAsJsonAsync("/api/admin/users", new { userName = "zhangwei", displayName = "Z", password = "my-zhangwei-pass" });
        Assert.Equal("password.contains-user-name", (await JsonAsync(named)).GetProperty("code").GetString());
        var unknownRole = await admin.PostAsJsonAsync("/api/admin/users", new { userName = "roles." + Guid.NewGuid().ToString("N")[..6], displayName = "R", roles = new[] { "superuser" } });
        Assert.Equal("roles.unknown", (await JsonAsync(unknownRole)).GetProperty("code").GetString());
        var unknownTeam = await admin.PostAsJsonAsync("/api/admin/users", new { userName = "teams." + Guid.NewGuid().ToString("N")[..6], displayName = "T", teams = new[] { new { key = "nowhere" } } });
        Assert.Equal("teams.unknown", (await JsonAsync(unknownTeam)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task RepeatedFailures_LockTheAccount_WithAClearMessage_UntilAnAdminResetsThePassword()
    {
        var admin = await host.SignInAsync("admin");
        var (id, userName) = await CreateAsync(admin, "Moonlit-harbour-9", "agent");
        var client = host.Factory.CreateClient();
        for (var i = 0; i < 4; i++) Assert.Equal(HttpStatusCode.Unauthorized, (await LoginAsync(client, userName, "wrong-" + i)).StatusCode);
        var fifth = await LoginAsync(client, userName, "wrong-5");
        Assert.Equal((HttpStatusCode)423, fifth.StatusCode);
        var problem = await JsonAsync(fifth);
        Assert.Equal("signin.locked-out", problem.GetProperty("code").GetString());
        Assert.Contains("locked until", problem.GetProperty("detail").GetString());
        Assert.Equal((HttpStatusCode)423, (await LoginAsync(client, userName, "Moonlit-harbour-9")).StatusCode); // the right password waits too
        Assert.True((await GetJsonAsync(admin, $"/api/admin/users/{id}")).GetProperty("lockedUntil").ValueKind == JsonValueKind.String);

        var weak = await admin.PostAsJsonAsync($"/api/admin/users/{id}/password", new { password = "short" });
        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsJsonAsync($"/api/admin/users/{id}/password", new { password = "Second-harbour-10" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await LoginAsync(client, userName, "Moonlit-harbour-9")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await LoginAsync(client, userName, "Second-harbour-10")).StatusCode);

        var audit = await GetJsonAsync(admin, $"/api/admin/audit?target={id}&take=50");
        var actions = audit.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("action").GetString()).ToList();
        Assert.Equal(7, actions.Count(a => a == "signin.failed")); // four, the fifth that locked, the right password while locked, the old one after the reset
        Assert.Contains("signin.succeeded", actions);
        Assert.Contains("user.password-set", actions);
        Assert.All(audit.GetProperty("entries").EnumerateArray(), e => Assert.False(string.IsNullOrEmpty(e.GetProperty("at").GetString())));
    }

    [Fact]
    public async Task ChangingRoles_OrDeactivating_EndsOpenSessions_WhileATeamChangeDoesNot()
    {
        var admin = await host.SignInAsync("admin");
        var (id, userName) = await CreateAsync(admin, "Quiet-orchard-31", "agent");
        var session = host.Factory.CreateClient();
        var me = await JsonAsync(await LoginAsync(session, userName, "Quiet-orchard-31"));
        Assert.Equal(["agent"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.True(me.GetProperty("teams")[0].GetProperty("lead").GetBoolean());

        (await admin.PatchAsJsonAsync($"/api/admin/users/{id}", new { teams = new[] { new { key = "agent-l1" } }, skills = new[] { "refunds", "merchants" } })).EnsureSuccessStatusCode();
        var now = await GetJsonAsync(session, "/api/auth/me");
        Assert.Equal(["agent-l1"], now.GetProperty("teams").EnumerateArray().Select(t => t.GetProperty("key").GetString()));

        (await admin.PatchAsJsonAsync($"/api/admin/users/{id}", new { roles = new[] { "agent", "designer" } })).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.Unauthorized, (await session.GetAsync("/api/auth/me")).StatusCode);
        var again = await JsonAsync(await LoginAsync(session, userName, "Quiet-orchard-31"));
        Assert.Contains("designer", again.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));

        (await admin.PatchAsJsonAsync($"/api/admin/users/{id}", new { active = false })).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.Unauthorized, (await session.GetAsync("/api/inbox")).StatusCode);
        var list = await GetJsonAsync(admin, $"/api/admin/users?q={userName}&active=false");
        Assert.Equal(1, list.GetProperty("total").GetInt32());
        var audit = await GetJsonAsync(admin, $"/api/admin/audit?target={id}&action=user.");
        var deactivation = audit.GetProperty("entries").EnumerateArray().First(e => e.GetProperty("action").GetString() == "user.deactivated");
        Assert.Equal("admin", deactivation.GetProperty("actor").GetString());
        Assert.Contains("\"active\": true", deactivation.GetProperty("before").GetString()!.Replace("\":true", "\": true"));
        Assert.Contains("\"active\": false", deactivation.GetProperty("after").GetString()!.Replace("\":false", "\": false"));
    }

    [Fact]
    public async Task Teams_AreCreatedWithMembersAndLeads_TheirKeyFixed()
    {
        var admin = await host.SignInAsync("admin");
        var key = "fraud-ops-" + Guid.NewGuid().ToString("N")[..4];
        var created = await admin.PostAsJsonAsync("/api/admin/teams", new { key, name = "Fraud operations " + key + " / 反欺诈", members = new[] { new { userName = "risk1", lead = true } } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var team = await JsonAsync(created);
        Assert.Equal("risk1", team.GetProperty("members")[0].GetProperty("userName").GetString());
        Assert.True(team.GetProperty("members")[0].GetProperty("lead").GetBoolean());
        var id = team.GetProperty("id").GetGuid();
        var fixedKey = await admin.PatchAsJsonAsync($"/api/admin/teams/{id}", new { key = "other" });
        Assert.Equal("key.fixed", (await JsonAsync(fixedKey)).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsJsonAsync("/api/admin/teams", new { key, name = "again" })).StatusCode);
        Assert.Equal("key.invalid", (await JsonAsync(await admin.PostAsJsonAsync("/api/admin/teams", new { key = "Bad Key", name = "x" }))).GetProperty("code").GetString());
        Assert.Contains((await GetJsonAsync(await host.SignInAsync("agent1"), "/api/teams")).EnumerateArray(), t => t.GetProperty("key").GetString() == key);
        Assert.Contains((await GetJsonAsync(admin, "/api/manager/agents")).EnumerateArray(), a => a.GetProperty("userName").GetString() == "risk1"
            && a.GetProperty("queues").EnumerateArray().Any(q => q.GetString() == key));
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/admin/teams/{id}")).StatusCode);
    }

    [Fact]
    public async Task PublishingADefinition_IsAudited_WithWhoAndWhat_AndTheAuditExportsAsCsv()
    {
        var designer = await host.SignInAsync("designer");
        var key = "audited-" + Guid.NewGuid().ToString("N")[..6];
        (await PublishAsync(designer, Bpmn.Process("""<bpmn:startEvent id="s"/><bpmn:endEvent id="e"/>""" + Bpmn.Chain("s", "e"), id: key))).EnsureSuccessStatusCode();
        var admin = await host.SignInAsync("admin");
        var audit = await GetJsonAsync(admin, $"/api/admin/audit?targetKind=definition&target={key}%20v1");
        var entry = Assert.Single(audit.GetProperty("entries").EnumerateArray());
        Assert.Equal(("definition.published", "designer"), (entry.GetProperty("action").GetString(), entry.GetProperty("actor").GetString()));
        Assert.Contains(key, entry.GetProperty("after").GetString());

        var csv = await admin.GetAsync($"/api/admin/audit.csv?targetKind=definition&target={key}%20v1");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("id,at,actor,action,target_kind,target_id,target_name,address,before,after", lines[0].TrimEnd('\r'));
        Assert.Contains(",designer,definition.published,definition,", Assert.Single(lines.Skip(1)));
        // The log is read-only: no route changes or removes an entry.
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await admin.DeleteAsync("/api/admin/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await admin.PutAsJsonAsync("/api/admin/audit", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.DeleteAsync($"/api/admin/audit/{entry.GetProperty("id").GetInt64()}")).StatusCode);
    }
}
