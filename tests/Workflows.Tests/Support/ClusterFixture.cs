using Workflows.Server.Database;
using Workflows.Desk.Database;

namespace Workflows.Tests.Support;

/// <summary>A throwaway PostgreSQL cluster; each test takes a database of its own.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    private readonly string _dataDirectory = Path.Combine(
        Environment.UserName == "root" ? "/var/tmp/workflows-tests" : Path.Combine(Path.GetTempPath(), "workflows-tests"), Guid.NewGuid().ToString("N"));

    public EmbeddedPostgres Cluster { get; private set; } = null!;

    // Every class of the collection shares this cluster, and the channel tests keep a host (with its pools, its outbox
    // and its listeners) per class: 200 connections ran out once with the chat, email and WeChat desks up at once.
    public async Task InitializeAsync() =>
        Cluster = await EmbeddedPostgres.StartAsync(new EmbeddedPostgresOptions { DataDirectory = _dataDirectory, Durable = false, Settings = ["max_connections=500"] });

    public async Task DisposeAsync()
    {
        await Cluster.DisposeAsync();
        try { Directory.Delete(_dataDirectory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        File.Delete(_dataDirectory + ".host-lock"); // the cluster's lock, beside the folder; released when the cluster stopped
    }
}

/// <summary>Real host processes are timing-sensitive on two cores: these tests run alone, after the others.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ReliabilityCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "reliability";
}

/// <summary>
/// Tests that build an in-process host of their own (a server-only application, a host behind a counting proxy).
/// Hangfire keeps parts of its configuration process-wide, so these never run beside the shared host: alone, after the others.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SoloHostCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "solo host";
}
