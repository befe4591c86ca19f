using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Workflows.Tests.Support;

namespace Workflows.Tests.Server.Identity;

/// <summary>SCIM 2.0 Users (RFC 7644) as a directory drives them, with a real API token: every operation and its errors.</summary>
[Collection(HostCollection.Name)]
public sealed class ScimUserTests(HostFixture host)
{
    private static object NewUser(string userName, string? email = null, bool active = true, string? password = null) => new Dictionary<string, object?>
    {
        ["schemas"] = new[] { "urn:ietf:params:scim:schemas:core:2.0:User" }, ["userName"] = userName, ["externalId"] = "ext-" + userName,
        ["name"] = new { givenName = "Mei", familyName = "Chen" }, ["displayName"] = $"Chen Mei ({userName})",
        ["emails"] = new[] { new { value = email ?? $"{userName}@pay.example", type = "work", primary = true } }, ["active"] = active,
        ["password"] = password,
    };

    [Fact]
    public async Task Discovery_DescribesWhatIsSupported()
    {
        var (scim, _, _) = await ScimClient.CreateAsync(host, "scim");
        var config = await scim.GetAsync("/ServiceProviderConfig");
        Assert.Equal("urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig", config.GetProperty("schemas")[0].GetString());
        Assert.True(config.GetProperty("patch").GetProperty("supported").GetBoolean());
        Assert.True(config.GetProperty("filter").GetProperty("supported").GetBoolean());
        Assert.False(config.GetProperty("bulk").GetProperty("supported").GetBoolean());
        Assert.Equal("oauthbearertoken", config.GetProperty("authenticationSchemes")[0].GetProperty("type").GetString());

        var types = await scim.GetAsync("/ResourceTypes");
        Assert.Equal(["/Users", "/Groups"], types.GetProperty("Resources").EnumerateArray().Select(t => t.GetProperty("endpoint").GetString()));
        var schemas = await scim.GetAsync("/Schemas");
        var user = schemas.GetProperty("Resources").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "urn:ietf:params:scim:schemas:core:2.0:User");
        var password = user.GetProperty("attributes").EnumerateArray().Single(a => a.GetProperty("name").GetString() == "password");
        Assert.Equal("never", password.GetProperty("returned").GetString());
        Assert.Equal("Group", (await scim.GetAsync("/ResourceTypes/Group")).GetProperty("id").GetString());
    }

    [Fact]
    public async Task WithoutAValidScimToken_EveryRouteAnswers401_InScimsErrorSchema()
    {
        var (scim, _, tokenId) = await ScimClient.CreateAsync(host, "scim");
        var (designerToken, _, _) = await ScimClient.CreateAsync(host, "designer");
        var anonymous = new ScimClient(host.Factory.CreateClient());
        var admin = new ScimClient(await host.SignInAsync("admin"));
        var forged = new ScimClient(host.Factory.CreateClient());
        forged.Http.DefaultRequestHeaders.Authorization = new("Bearer", "wf_not-a-token");
        foreach (var client in new[] { anonymous, admin, forged, designerToken })
        {
            var error = await client.ExpectAsync(HttpStatusCode.Unauthorized, HttpMethod.Get, "/Users");
            ScimClient.AssertError(error, HttpStatusCode.Unauthorized, null);
            await client.ExpectAsync(HttpStatusCode.Unauthorized, HttpMethod.Post, "/Users", NewUser("nobody"));
        }
        await scim.GetAsync("/Users");
        var adminApi = await host.SignInAsync("admin");
        Assert.Equal(HttpStatusCode.NoContent, (await adminApi.DeleteAsync($"/api/admin/tokens/{tokenId}")).StatusCode);
        await scim.ExpectAsync(HttpStatusCode.Unauthorized, HttpMethod.Get, "/Users");
        var tokens = await ApiScenario.GetJsonAsync(adminApi, "/api/admin/tokens");
        var revoked = tokens.EnumerateArray().Single(t => t.GetProperty("id").GetGuid() == tokenId);
        Assert.True(revoked.GetProperty("lastUsedAt").ValueKind == JsonValueKind.String, "the list shows when the token was last used");
        Assert.True(revoked.GetProperty("revokedAt").ValueKind == JsonValueKind.String);
        Assert.False(revoked.TryGetProperty("token", out _));
    }

    [Fact]
    public async Task CreateReadReplaceDelete_WithUniquenessAndNotFound()
    {
        var (scim, _, _) = await ScimClient.CreateAsync(host, "scim");
        var response = await scim.SendAsync(HttpMethod.Post, "/Users", NewUser("mei.chen", password: "Lantern-river-42"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await ApiScenario.JsonAsync(response);
        var id = created.GetProperty("id").GetString()!;
        Assert.Equal($"http://localhost/scim/v2/Users/{id}", response.Headers.Location?.ToString());
        Assert.Equal("mei.chen", created.GetProperty("userName").GetString());
        Assert.Equal("mei.chen@pay.example", created.GetProperty("emails")[0].GetProperty("value").GetString());
        Assert.Equal("ext-mei.chen", created.GetProperty("externalId").GetString());
        Assert.Equal("User", created.GetProperty("meta").GetProperty("resourceType").GetString());
        Assert.DoesNotContain("password", created.GetRawText(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Lantern", created.GetRawText());

        // The password the directory set signs in.
        var signIn = await host.Factory.CreateClient().PostAsJsonAsync("/api/auth/login", new { userName = "MEI.CHEN", password = "Lantern-river-42" });
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);

        var duplicate = await scim.ExpectAsync(HttpStatusCode.Conflict, HttpMethod.Post, "/Users", NewUser("Mei.Chen"));
        ScimClient.AssertError(duplicate, HttpStatusCode.Conflict, "uniqueness");
        var invalid = await scim.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, "/Users", NewUser("bad name with spaces"));
        ScimClient.AssertError(invalid, HttpStatusCode.BadRequest, "invalidValue");
        ScimClient.AssertError(await scim.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, "/Users", "{not json"), HttpStatusCode.BadRequest, "invalidSyntax");

        Assert.Equal("mei.chen", (await scim.GetAsync($"/Users/{id}")).GetProperty("userName").GetString());
        var replaced = await scim.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/Users/{id}", new
        {
            schemas = new[] { "urn:ietf:params:scim:schemas:core:2.0:User" }, userName = "mei.chen", displayName = "陈美", active = true,
            emails = new[] { new { value = "mei@pay.example", primary = true } },
        });
        Assert.Equal("陈美", replaced.GetProperty("displayName").GetString());
        Assert.Contains("\"displayName\":\"陈美\"", replaced.GetRawText()); // written as UTF-8, not as \u escapes
        Assert.Equal("mei@pay.example", replaced.GetProperty("emails")[0].GetProperty("value").GetString());
        Assert.False(replaced.TryGetProperty("externalId", out _), "PUT replaces: an attribute it leaves out is cleared");

        await scim.ExpectAsync(HttpStatusCode.NoContent, HttpMethod.Delete, $"/Users/{id}");
        ScimClient.AssertError(await scim.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Get, $"/Users/{id}"), HttpStatusCode.NotFound, null);
        await scim.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Delete, $"/Users/{id}");
        await scim.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Patch, $"/Users/{Guid.NewGuid()}",
            new { schemas = new[] { "urn:ietf:params:scim:api:messages:2.0:PatchOp" }, Operations = new[] { new { op = "replace", path = "active", value = (object)false } } });
    }

    [Fact]
    public async Task Filters_EqCoSwAnd_OnUserNameDisplayNameEmailsAndActive_WithPaging()
    {
        var (scim, _, _) = await ScimClient.CreateAsync(host, "scim");
        var prefix = "flt" + Guid.NewGuid().ToString("N")[..6];
        foreach (var (name, active) in new[] { ("alpha", true), ("bravo", true), ("charlie", false) })
            await scim.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/Users", NewUser($"{prefix}.{name}", $"{name}@{prefix}.example", active));

        async Task<string[]> Find(string filter, string paging = "")
        {
            var list = await scim.GetAsync($"/Users?filter={Uri.EscapeDataString(filter)}{paging}");
            Assert.Equal("urn:ietf:params:scim:api:messages:2.0:ListResponse", list.GetProperty("schemas")[0].GetString());
            return list.GetProperty("Resources").EnumerateArray().Select(u => u.GetProperty("userName").GetString()!).ToArray();
        }

        Assert.Equal([$"{prefix}.bravo"], await Find($"userName eq \"{prefix.ToUpperInvariant()}.BRAVO\""));
        Assert.Equal(3, (await Find($"displayName co \"{prefix}\"")).Length);
        Assert.Equal([$"{prefix}.charlie"], await Find($"emails.value sw \"charlie@{prefix}\""));
        Assert.Equal([$"{prefix}.alpha", $"{prefix}.bravo"], await Find($"userName sw \"{prefix}\" and active eq true"));
        Assert.Equal([$"{prefix}.charlie"], await Find($"emails[type eq \"work\" and value co \"charlie\"] and userName sw \"{prefix}\""));
        Assert.Equal([$"{prefix}.alpha", $"{prefix}.charlie"], await Find($"userName sw \"{prefix}\" and not (userName ew \"bravo\")"));
        Assert.Empty(await Find("userName eq \"nobody-at-all\""));

        var page = await scim.GetAsync($"/Users?filter={Uri.EscapeDataString($"userName sw \"{prefix}\"")}&startIndex=2&count=1");
        Assert.Equal(3, page.GetProperty("totalResults").GetInt32());
        Assert.Equal(2, page.GetProperty("startIndex").GetInt32());
        Assert.Equal(1, page.GetProperty("itemsPerPage").GetInt32());
        Assert.Equal($"{prefix}.bravo", page.GetProperty("Resources")[0].GetProperty("userName").GetString());

        foreach (var bad in new[] { "userName eq", "userName like \"x\"", "nickName eq \"x\"", "(userName eq \"x\"", "active gt true", "userName eq unquoted" })
        {
            var error = await scim.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Get, $"/Users?filter={Uri.EscapeDataString(bad)}");
            ScimClient.AssertError(error, HttpStatusCode.BadRequest, "invalidFilter");
        }
    }
}
