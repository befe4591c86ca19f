using Workflows.Server.Database;

namespace Workflows.Bench.Runtime;

/// <summary>
/// A durable PostgreSQL cluster of the benchmark's own, in a folder named after the benchmark and this process, so
/// a benchmark run by hand and a smoke run by the tests never share one. The folder goes when the cluster stops.
/// </summary>
internal sealed class BenchCluster : IAsyncDisposable
{
    private readonly EmbeddedPostgres _postgres;
    private readonly string _data;

    private BenchCluster(EmbeddedPostgres postgres, string data) => (_postgres, _data) = (postgres, data);

    public string ConnectionString => _postgres.ConnectionString;
    public int Port => _postgres.Port;

    public static async Task<BenchCluster> StartAsync(string name, params string[] settings)
    {
        var root = Environment.UserName == "root" ? "/var/tmp/workflows-bench" : Path.Combine(Path.GetTempPath(), "workflows-bench");
        var data = Path.Combine(root, $"{name}-{Environment.ProcessId}");
        if (Directory.Exists(data)) Directory.Delete(data, recursive: true);
        return new BenchCluster(await EmbeddedPostgres.StartAsync(new EmbeddedPostgresOptions { DataDirectory = data, Settings = settings }), data);
    }

    public async ValueTask DisposeAsync()
    {
        await _postgres.DisposeAsync();
        try { Directory.Delete(_data, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        File.Delete(_data + ".host-lock"); // the cluster's lock, beside the folder; released when the cluster stopped
    }
}
