using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Workflows.Tests.Support;

/// <summary>One in-process host on a database of its own with the demo people, for tests that change desk-wide settings or data.</summary>
public sealed class SoloDesk : IAsyncDisposable
{
    private SoloDesk(WebApplicationFactory<Program> host, string connectionString) => (Host, ConnectionString) = (host, connectionString);

    public WebApplicationFactory<Program> Host { get; }
    public string ConnectionString { get; }

    public static async Task<SoloDesk> StartAsync(ClusterFixture cluster, string name, params (string Key, string Value)[] settings)
    {
        var database = await cluster.Cluster.CreateDatabaseAsync(name);
        var host = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("ConnectionStrings:Workflows", database);
            web.UseSetting("Workflows:SeedDemoUsers", "true");
            foreach (var (key, value) in settings) web.UseSetting(key, value);
        });
        _ = host.Server;
        return new SoloDesk(host, database);
    }

    public async Task<HttpClient> SignInAsync(string userName, string password = "demo")
    {
        var client = Host.CreateClient();
        (await client.PostAsJsonAsync("/api/auth/login", new { userName, password })).EnsureSuccessStatusCode();
        return client;
    }

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
