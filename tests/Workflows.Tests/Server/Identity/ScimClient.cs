using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Workflows.Tests.Support;

namespace Workflows.Tests.Server.Identity;

/// <summary>A directory's side of SCIM: a client with an API token (made by the admin through the API), sending and reading application/scim+json.</summary>
public sealed class ScimClient(HttpClient http)
{
    public const string MediaType = "application/scim+json";

    public HttpClient Http { get; } = http;

    /// <summary>An admin makes a token with <paramref name="scopes"/>; the client sends it as a bearer token.</summary>
    public static async Task<(ScimClient Client, string Token, Guid Id)> CreateAsync(HostFixture host, params string[] scopes)
    {
        var admin = await host.SignInAsync("admin");
        var created = await admin.PostAsJsonAsync("/api/admin/tokens", new { name = "directory " + Guid.NewGuid().ToString("N")[..6], scopes });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await ApiScenario.JsonAsync(created);
        var token = body.GetProperty("token").GetString()!;
        var client = host.Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return (new ScimClient(client), token, body.GetProperty("id").GetGuid());
    }

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body = null)
    {
        var request = new HttpRequestMessage(method, "/scim/v2" + path);
        if (body is not null) request.Content = new StringContent(body as string ?? JsonSerializer.Serialize(body), Encoding.UTF8, MediaType);
        return Http.SendAsync(request);
    }

    /// <summary>Sends, asserts the status and the SCIM media type, and answers the body (none for 204).</summary>
    public async Task<JsonElement> ExpectAsync(HttpStatusCode status, HttpMethod method, string path, object? body = null)
    {
        var response = await SendAsync(method, path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"{method} {path}: expected {(int)status}, got {(int)response.StatusCode}: {text}");
        if (status == HttpStatusCode.NoContent) return default;
        Assert.Equal(MediaType, response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public Task<JsonElement> GetAsync(string path) => ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, path);

    /// <summary>An error in SCIM's schema with this status and, where given, this scimType.</summary>
    public static void AssertError(JsonElement error, HttpStatusCode status, string? scimType)
    {
        Assert.Equal("urn:ietf:params:scim:api:messages:2.0:Error", error.GetProperty("schemas")[0].GetString());
        Assert.Equal(((int)status).ToString(), error.GetProperty("status").GetString());
        if (scimType is not null) Assert.Equal(scimType, error.GetProperty("scimType").GetString());
        Assert.False(string.IsNullOrEmpty(error.GetProperty("detail").GetString()));
    }
}
