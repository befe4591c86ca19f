using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.ApiScenario;
using static Workflows.Tests.Support.Bpmn;

namespace Workflows.Tests.Server.Identity;

/// <summary>
/// SCIM 2.0 Groups are teams: a directory finds the shipped teams by key, adds and removes members with the PATCH
/// forms real directories send, and the members' open sessions follow at once; deactivating a user ends their
/// sessions and returns their claimed tasks.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class ScimGroupTests(HostFixture host)
{
    private static object Patch(params object[] operations) => new { schemas = new[] { "urn:ietf:params:scim:api:messages:2.0:PatchOp" }, Operations = operations };

    private async Task<(string Id, HttpClient Session)> NewAgentAsync(ScimClient scim, string userName)
    {
        var created = await scim.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/Users", new
        {
            schemas = new[] { "urn:ietf:params:scim:schemas:core:2.0:User" }, userName, displayName = userName, active = true,
            password = "Harbour-lights-77", roles = new[] { new { value = "agent" } },
        });
        var session = host.Factory.CreateClient();
        (await session.PostAsJsonAsync("/api/auth/login", new { userName, password = "Harbour-lights-77" })).EnsureSuccessStatusCode();
        return (created.GetProperty("id").GetString()!, session);
    }

    private static async Task<Guid[]> VisibleTasksAsync(HttpClient client) =>
        (await GetJsonAsync(client, "/api/tasks")).EnumerateArray().Select(t => t.GetProperty("id").GetGuid()).ToArray();

    [Fact]
    public async Task ShippedTeam_FoundByKey_MembersGetItsTasks_InOpenSessions_AndDeactivationReturnsTheirWork()
    {
        var (scim, _, _) = await ScimClient.CreateAsync(host, "scim");
        var designer = await host.SignInAsync("designer");
        (await PublishAsync(designer, Process("""
            <bpmn:startEvent id="s"/><bpmn:userTask id="t" name="Help" camunda:candidateGroups="agent-l1"/><bpmn:endEvent id="e"/>
            """ + Chain("s", "t", "e"), id: "scim-team-tasks"))).EnsureSuccessStatusCode();
        var first = (await StartAsync(designer, "scim-team-tasks")).GetProperty("openTasks")[0].GetProperty("id").GetGuid();
        var second = (await StartAsync(designer, "scim-team-tasks")).GetProperty("openTasks")[0].GetProperty("id").GetGuid();
        var (userId, session) = await NewAgentAsync(scim, "lin.wei." + Guid.NewGuid().ToString("N")[..4]);
        Assert.DoesNotContain(first, await VisibleTasksAsync(session));
        Assert.Equal(HttpStatusCode.Forbidden, (await session.GetAsync("/api/inbox?queue=agent-l1")).StatusCode);

        var found = await scim.GetAsync($"/Groups?filter={Uri.EscapeDataString("displayName eq \"agent-l1\"")}");
        Assert.Equal(1, found.GetProperty("totalResults").GetInt32());
        var group = found.GetProperty("Resources")[0].GetProperty("id").GetString();

        var added = await scim.ExpectAsync(HttpStatusCode.OK, HttpMethod.Patch, $"/Groups/{group}",
            Patch(new { op = "add", path = "members", value = new[] { new { value = userId } } }));
        Assert.Contains(added.GetProperty("members").EnumerateArray(), m => m.GetProperty("value").GetString() == userId);
        // The same session, not a new sign-in: the membership counts on the next request.
        Assert.Contains(first, await VisibleTasksAsync(session));
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/api/inbox?queue=agent-l1")).StatusCode);
        Assert.Contains((await GetJsonAsync(session, "/api/auth/me")).GetProperty("teams").EnumerateArray(), t => t.GetProperty("key").GetString() == "agent-l1");
        (await session.PostAsync($"/api/tasks/{first}/claim", null)).EnsureSuccessStatusCode();

        await scim.ExpectAsync(HttpStatusCode.OK, HttpMethod.Patch, $"/Groups/{group}",
            Patch(new { op = "remove", path = $"members[value eq \"{userId}\"]" }));
        Assert.Equal(HttpStatusCode.Forbidden, (await session.GetAsync("/api/inbox?queue=agent-l1")).StatusCode);
        Assert.DoesNotContain(second, await VisibleTasksAsync(session));
        Assert.Contains(first, await VisibleTasksAsync(session)); // still theirs: claimed work stays with the person until they leave

        var deactivated = await scim.ExpectAsync(HttpStatusCode.OK, HttpMethod.Patch, $"/Users/{userId}",
            Patch(new { op = "replace", value = new { active = false } }));
        Assert.False(deactivated.GetProperty("active").GetBoolean());
        Assert.Equal(HttpStatusCode.Unauthorized, (await session.GetAsync("/api/auth/me")).StatusCode);
        var agent = await host.SignInAsync("agent1");
        var returned = await GetJsonAsync(agent, $"/api/tasks/{first}");
        Assert.Equal(JsonValueKind.Null, returned.GetProperty("assignee").ValueKind);
        var login = await host.Factory.CreateClient().PostAsJsonAsync("/api/auth/login", new { userName = deactivated.GetProperty("userName").GetString(), password = "Harbour-lights-77" });
        Assert.Equal(HttpStatusCode.Forbidden, login.StatusCode);
        Assert.Equal("signin.deactivated", (await JsonAsync(login)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Groups_CreateFindRenameChangeMembersDelete_WithTheirErrors()
    {
        var (scim, _, _) = await ScimClient.CreateAsync(host, "scim");
        var (one, _) = await NewAgentAsync(scim, "refund.one." + Guid.NewGuid().ToString("N")[..4]);
        var (two, _) = await NewAgentAsync(scim, "refund.two." + Guid.NewGuid().ToString("N")[..4]);
        var name = "Refunds " + Guid.NewGuid().ToString("N")[..4] + " 退款组";
        var response = await scim.SendAsync(HttpMethod.Post, "/Groups", new
        {
            schemas = new[] { "urn:ietf:params:scim:schemas:core:2.0:Group" }, displayName = name, externalId = "okta-refunds",
            members = new[] { new { value = one } },
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await JsonAsync(response);
        var id = created.GetProperty("id").GetString()!;
        Assert.Equal(name, created.GetProperty("displayName").GetString());
        Assert.Equal(response.Headers.Location?.ToString(), created.GetProperty("meta").GetProperty("location").GetString());

        var admin = await host.SignInAsync("admin");
        var team = await GetJsonAsync(admin, $"/api/admin/teams/{id}");
        var key = team.GetProperty("key").GetString()!;
        Assert.StartsWith("refunds-", key);
        var byKey = await scim.GetAsync($"/Groups?filter={Uri.EscapeDataString($"displayName eq \"{key}\"")}&excludedAttributes=members");
        Assert.Equal(id, byKey.GetProperty("Resources")[0].GetProperty("id").GetString());
        Assert.False(byKey.GetProperty("Resources")[0].TryGetProperty("members", out _));
        ScimClient.AssertError(await scim.ExpectAsync(HttpStatusCode.Conflict, HttpMethod.Post, "/Groups", new { displayName = name.ToUpperInvariant() }),
            HttpStatusCode.Conflict, "uniqueness");
        ScimClient.AssertError(await scim.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, "/Groups", new { displayName = "x", members = new[] { new { value = "nope" } } }),
            HttpStatusCode.BadRequest, "invalidValue");

        await scim.ExpectAsync(HttpStatusCode.OK, HttpMethod.Patch, $"/Groups/{id}", Patch(new { op = "Replace", path = "displayName", value = name + " East" }));
        var both = await scim.ExpectAsync(HttpStatusCode.OK, HttpMethod.Patch, $"/Groups/{id}",
            Patch(new { op = "Add", path = "members", value = new[] { new { value = two } } }));
        Assert.Equal(name + " East", both.GetProperty("displayName").GetString());
        Assert.Equal(2, both.GetProperty("members").GetArrayLength());
        var memberOf = await scim.GetAsync($"/Groups?filter={Uri.EscapeDataString($"members.value eq \"{two}\"")}");
        Assert.Contains(memberOf.GetProperty("Resources").EnumerateArray(), g => g.GetProperty("id").GetString() == id);

        var unknown = await scim.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Patch, $"/Groups/{id}",
            Patch(new { op = "add", path = "members", value = new[] { new { value = Guid.NewGuid() } } }));
        ScimClient.AssertError(unknown, HttpStatusCode.BadRequest, "invalidValue");
        ScimClient.AssertError(await scim.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Patch, $"/Groups/{id}", Patch(new { op = "move", path = "members" })),
            HttpStatusCode.BadRequest, "invalidSyntax");
        var removed = await scim.ExpectAsync(HttpStatusCode.OK, HttpMethod.Patch, $"/Groups/{id}",
            Patch(new { op = "remove", path = "members", value = new[] { new { value = one } } }));
        Assert.Equal([two], removed.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("value").GetString()));
        var renamed = await scim.ExpectAsync(HttpStatusCode.OK, HttpMethod.Patch, $"/Groups/{id}", Patch(new { op = "replace", value = new { displayName = "Refunds West" + id[..4] } }));
        Assert.Equal("Refunds West" + id[..4], renamed.GetProperty("displayName").GetString());

        var audit = await GetJsonAsync(admin, $"/api/admin/audit?targetKind=team&target={id}");
        Assert.Contains(audit.GetProperty("entries").EnumerateArray(), e => e.GetProperty("action").GetString() == "team.created" && e.GetProperty("actor").GetString()!.StartsWith("token:"));

        await scim.ExpectAsync(HttpStatusCode.NoContent, HttpMethod.Delete, $"/Groups/{id}");
        await scim.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Get, $"/Groups/{id}");
    }
}
