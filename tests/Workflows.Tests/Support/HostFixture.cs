using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Workflows.Server.Database;
using Workflows.Desk.Database;
using Workflows.Server.Outbox;
using Workflows.Server.Runtime;

namespace Workflows.Tests.Support;

/// <summary>
/// The host in-process against a throwaway PostgreSQL cluster (fsync off) started by the same helper the
/// host uses; Hangfire runs for real inside it. Tests keep to their own definition keys.
/// </summary>
public sealed class HostFixture : IAsyncLifetime
{
    private EmbeddedPostgres? _postgres;
    private readonly string _dataDirectory = Path.Combine(
        Environment.UserName == "root" ? "/var/tmp/workflows-tests" : Path.Combine(Path.GetTempPath(), "workflows-tests"), Guid.NewGuid().ToString("N"));

    public WebApplicationFactory<Program> Factory { get; private set; } = null!;
    public RecordingOutboxSender Outbox { get; } = new();

    /// <summary>What the host logged, at every level.</summary>
    public LogCapture Logs { get; } = new();
    public string ConnectionString => _postgres!.ConnectionString;

    public async Task InitializeAsync()
    {
        _postgres = await EmbeddedPostgres.StartAsync(new EmbeddedPostgresOptions { DataDirectory = _dataDirectory, Durable = false });
        Factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("ConnectionStrings:Workflows", _postgres.ConnectionString);
            web.UseSetting("Workflows:SeedDemoUsers", "true");
            // The support flow's waits, shortened by configuration as an operator would: survey a second after
            // resolution, link valid for six seconds, complaint callbacks after two.
            web.UseSetting("Support:SurveyDelay", "PT1S");
            web.UseSetting("Support:SurveyValidFor", "PT6S");
            web.UseSetting("Support:CallbackDelay", "PT2S");
            web.UseSetting("Support:CallbackDue", "PT3S");
            // The stuck list's thresholds, shortened the same way: unclaimed after two seconds, a stall once a wait
            // runs three times its usual length and at least a second, judged from two earlier waits.
            web.UseSetting("Manager:UnclaimedAfter", "00:00:02");
            web.UseSetting("Manager:StallMinimum", "00:00:01");
            web.UseSetting("Manager:StallMinSamples", "2");
            web.ConfigureLogging(logging => logging.AddProvider(Logs));
            web.ConfigureServices(services => services.AddActivity<EchoActivity>().AddActivity<FailingActivity>()
                .AddSingleton(Outbox).AddSingleton<IOutboxSender>(Outbox));
        });
        _ = Factory.Server;
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        if (_postgres is not null) await _postgres.DisposeAsync();
        try { Directory.Delete(_dataDirectory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        File.Delete(_dataDirectory + ".host-lock"); // the cluster's lock, beside the folder; released when the cluster stopped
    }

    /// <summary>A client signed in as one of the demo users (password "demo").</summary>
    public async Task<HttpClient> SignInAsync(string userName)
    {
        var client = Factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true });
        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName, password = "demo" });
        response.EnsureSuccessStatusCode();
        return client;
    }
}

[CollectionDefinition(Name)]
public sealed class HostCollection : ICollectionFixture<HostFixture>
{
    public const string Name = "host";
}
