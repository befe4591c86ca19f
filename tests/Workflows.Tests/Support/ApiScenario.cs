using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Workflows.Tests.Support;

/// <summary>Small helpers the API tests share: publishing diagrams and reading JSON.</summary>
internal static class ApiScenario
{
    public static Task<HttpResponseMessage> PublishAsync(HttpClient client, string xml) =>
        client.PostAsync("/api/definitions", new StringContent(xml, Encoding.UTF8, "application/xml"));

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    public static async Task<JsonElement> GetJsonAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.EnsureSuccessStatusCode();
        return await JsonAsync(response);
    }

    public static async Task<JsonElement> StartAsync(HttpClient client, string key, object? variables = null, string? businessKey = null)
    {
        var response = await client.PostAsJsonAsync("/api/instances", new { definitionKey = key, businessKey, variables = variables ?? new { } });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await JsonAsync(response);
    }
}
