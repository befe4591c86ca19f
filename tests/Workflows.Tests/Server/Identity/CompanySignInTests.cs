using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.ApiScenario;

namespace Workflows.Tests.Server.Identity;

/// <summary>
/// Single sign-on against a real OpenID Connect provider (OpenIddict, in-process on loopback): the authorization code
/// flow with PKCE end to end, the person mapped to a user with roles and teams from the provider's claims, and a
/// deactivated user refused whatever the provider says.
/// </summary>
[Collection(SoloHostCollection.Name)]
public sealed class CompanySignInTests(ClusterFixture cluster)
{
    [Fact]
    public async Task SignsInThroughTheProvider_WithRolesAndTeamsFromItsClaims_AndRefusesADeactivatedUser()
    {
        await using var provider = await OidcProvider.StartAsync();
        var database = await cluster.Cluster.CreateDatabaseAsync("company_sign_in");
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("ConnectionStrings:Workflows", database);
            web.UseSetting("Workflows:SeedDemoUsers", "true");
            web.UseSetting("Workflows:Sso:Authority", provider.Authority);
            web.UseSetting("Workflows:Sso:ClientId", OidcProvider.ClientId);
            web.UseSetting("Workflows:Sso:ClientSecret", OidcProvider.ClientSecret);
            web.UseSetting("Workflows:Sso:DisplayName", "Pay Corp / 支付公司");
            web.UseSetting("Workflows:Sso:Scopes", "openid profile email roles groups");
            web.UseSetting("Workflows:Sso:RoleMap:SupportAgents", "agent");
            web.UseSetting("Workflows:Sso:RequireHttpsMetadata", "false");
        });
        var anonymous = factory.CreateClient();
        Assert.Equal("Pay Corp / 支付公司", (await GetJsonAsync(anonymous, "/api/auth/options")).GetProperty("companySignIn").GetString());

        provider.User = new OidcUser("sub-zhao", "zhao.lei", "赵磊 Zhao Lei", "zhao.lei@pay.example", ["SupportAgents", "unknown-role"], ["agent-l2", "Not a team"]);
        var (client, landed) = await SignInThroughProviderAsync(factory, provider);
        Assert.Equal("/", landed);
        var me = await GetJsonAsync(client, "/api/auth/me");
        Assert.Equal("zhao.lei", me.GetProperty("userName").GetString());
        Assert.Equal("赵磊 Zhao Lei", me.GetProperty("displayName").GetString());
        Assert.Equal(["agent"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(["agent-l2"], me.GetProperty("teams").EnumerateArray().Select(t => t.GetProperty("key").GetString()));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/inbox?queue=agent-l2")).StatusCode);

        // The provider moves them to L1 and makes them a designer: the next sign-in follows, as the same user.
        provider.User = provider.User with { Roles = ["agent", "designer"], Groups = ["agent-l1"] };
        var (again, _) = await SignInThroughProviderAsync(factory, provider);
        var moved = await GetJsonAsync(again, "/api/auth/me");
        Assert.Equal(["agent", "designer"], moved.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).Order());
        Assert.Equal(["agent-l1"], moved.GetProperty("teams").EnumerateArray().Select(t => t.GetProperty("key").GetString()));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/auth/me")).StatusCode); // other roles: the first session ended

        var admin = factory.CreateClient();
        (await admin.PostAsJsonAsync("/api/auth/login", new { userName = "admin", password = "demo" })).EnsureSuccessStatusCode();
        var users = await GetJsonAsync(admin, "/api/admin/users?q=zhao.lei");
        var user = users.GetProperty("users")[0];
        Assert.True(user.GetProperty("signsInWithCompany").GetBoolean());
        Assert.False(user.GetProperty("hasPassword").GetBoolean());
        (await admin.PatchAsJsonAsync($"/api/admin/users/{user.GetProperty("id").GetGuid()}", new { active = false })).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.Unauthorized, (await again.GetAsync("/api/auth/me")).StatusCode);
        var (refused, refusedAt) = await SignInThroughProviderAsync(factory, provider);
        Assert.StartsWith("/#/signin?sso=", refusedAt);
        Assert.Equal(HttpStatusCode.Unauthorized, (await refused.GetAsync("/api/auth/me")).StatusCode);

        var audit = await GetJsonAsync(admin, "/api/admin/audit?target=zhao.lei&action=signin.");
        var entries = audit.GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(2, entries.Count(e => e.GetProperty("action").GetString() == "signin.succeeded" && e.GetProperty("after").GetString()!.Contains("sso")));
        Assert.Contains(entries, e => e.GetProperty("action").GetString() == "signin.failed" && e.GetProperty("after").GetString()!.Contains("deactivated"));
    }

    /// <summary>
    /// The browser's part, by hand: the product's challenge sends us to the provider, the provider (which signs in
    /// whoever <see cref="OidcProvider.User"/> is) sends us back with a code, the product redeems it. Answers the client
    /// with the product's cookies and where the product sent it at the end.
    /// </summary>
    private static async Task<(HttpClient Client, string Landed)> SignInThroughProviderAsync(WebApplicationFactory<Program> factory, OidcProvider provider)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var challenge = await client.GetAsync("/api/auth/sso");
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        var authorize = challenge.Headers.Location!;
        Assert.StartsWith(provider.Authority, authorize.ToString());
        Assert.Contains("code_challenge=", authorize.Query);
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var answer = await browser.GetAsync(authorize);
        Assert.True(answer.StatusCode == HttpStatusCode.Redirect, await answer.Content.ReadAsStringAsync());
        var callback = answer.Headers.Location!;
        Assert.Equal("/signin-oidc", callback.AbsolutePath);
        var landed = await client.GetAsync(callback.PathAndQuery);
        Assert.Equal(HttpStatusCode.Redirect, landed.StatusCode);
        return (client, landed.Headers.Location!.OriginalString);
    }
}
