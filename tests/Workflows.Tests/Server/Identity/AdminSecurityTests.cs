using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.ApiScenario;

namespace Workflows.Tests.Server.Identity;

/// <summary>
/// The admin area is for admins: every route under /api/admin, found from the host's own route table, refuses everyone
/// else; secrets (passwords, their hashes, token secrets) never come back in an answer or appear in the logs.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class AdminSecurityTests(HostFixture host)
{
    [Fact]
    public async Task EveryAdminRoute_Answers401ToStrangers_And403ToEveryOtherRole_AndToTokensWithoutIt()
    {
        var routes = host.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/admin", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(m => (Method: new HttpMethod(m), Path: e.RoutePattern.RawText!.Replace("{id:guid}", Guid.NewGuid().ToString()).Replace("{year:int}", "2026"))))
            .ToList();
        Assert.True(routes.Count >= 12, $"found {routes.Count} admin routes");
        var (designerToken, _, _) = await ScimClient.CreateAsync(host, "designer", "scim");
        var clients = new List<(string Who, HttpClient Client, HttpStatusCode Expected)>
        {
            ("anonymous", host.Factory.CreateClient(), HttpStatusCode.Unauthorized),
            ("a designer token", designerToken.Http, HttpStatusCode.Forbidden),
        };
        foreach (var user in new[] { "agent1", "risk1", "designer", "manager" }) clients.Add((user, await host.SignInAsync(user), HttpStatusCode.Forbidden));
        foreach (var (who, client, expected) in clients)
            foreach (var (method, path) in routes)
            {
                var request = new HttpRequestMessage(method, path);
                if (method != HttpMethod.Get && method != HttpMethod.Delete) request.Content = JsonContent.Create(new { name = "x", password = "Some-password-1" });
                var response = await client.SendAsync(request);
                Assert.True(expected == response.StatusCode, $"{who}: {method} {path} answered {(int)response.StatusCode}, not {(int)expected}");
            }
        // An admin token may administer, as automation does.
        var (adminToken, _, _) = await ScimClient.CreateAsync(host, "admin");
        Assert.Equal(HttpStatusCode.OK, (await adminToken.Http.GetAsync("/api/admin/users")).StatusCode);
    }

    [Fact]
    public async Task SecretsNeverComeBack_NorReachTheLogs()
    {
        var admin = await host.SignInAsync("admin");
        const string password = "Violet-kettle-2718";
        var userName = "secret." + Guid.NewGuid().ToString("N")[..6];
        var created = await admin.PostAsJsonAsync("/api/admin/users", new { userName, displayName = "S", password, roles = new[] { "agent" } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var client = host.Factory.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/auth/login", new { userName, password = "Wrong-kettle-0000" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/auth/login", new { userName, password })).StatusCode);
        var (scim, token, _) = await ScimClient.CreateAsync(host, "scim");
        await scim.GetAsync("/Users");
        var forged = host.Factory.CreateClient();
        forged.DefaultRequestHeaders.Authorization = new("Bearer", token + "x");
        Assert.Equal(HttpStatusCode.Unauthorized, (await forged.GetAsync("/scim/v2/Users")).StatusCode);

        var answers = string.Join("\n", await Task.WhenAll(
            admin.GetStringAsync("/api/admin/users?take=500"), admin.GetStringAsync("/api/admin/tokens"), admin.GetStringAsync("/api/admin/audit?take=500"),
            admin.GetStringAsync("/api/admin/audit.csv"), scim.Http.GetStringAsync("/scim/v2/Users?count=200")));
        var logs = string.Join("\n", host.Logs.Lines);
        foreach (var secret in new[] { password, "Wrong-kettle-0000", token, token[4..20], "$argon2id$", "\"demo\"" })
        {
            Assert.DoesNotContain(secret, answers);
            Assert.DoesNotContain(secret, logs);
        }
        Assert.Contains("passwordHash", "passwordHash"); // sanity of the search itself
        Assert.DoesNotContain("passwordHash", answers, StringComparison.OrdinalIgnoreCase);
    }
}
