using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Workflows.Server.Database;

/// <summary>
/// Starts a private PostgreSQL cluster from the machine's binaries: initdb on first run, a free port on
/// 127.0.0.1, stopped on dispose. As root the server runs as the postgres user (through runuser). One host per data
/// folder (<see cref="EmbeddedClusterLock"/>): a second host refuses to start rather than take the cluster from the first.
/// </summary>
public sealed class EmbeddedPostgres : IAsyncDisposable
{
    private readonly EmbeddedPostgresOptions _options;
    private readonly string _bin;
    private readonly bool _asRoot = Environment.UserName == "root";
    private readonly EmbeddedClusterLock _lock;

    private EmbeddedPostgres(EmbeddedPostgresOptions options, string bin, int port, EmbeddedClusterLock clusterLock)
    {
        _options = options;
        _lock = clusterLock;
        _bin = bin;
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString => ConnectionFor(_options.Database);

    public static async Task<EmbeddedPostgres> StartAsync(EmbeddedPostgresOptions options, CancellationToken cancellationToken = default)
    {
        var bin = options.BinDirectory ?? FindBinDirectory()
            ?? throw new InvalidOperationException(
                "PostgreSQL server binaries were not found: install PostgreSQL (Debian: apt-get install postgresql) or set ConnectionStrings:Workflows to a server.");
        // Before anything touches the folder: a running host's cluster must not be stopped or restarted under it.
        var clusterLock = EmbeddedClusterLock.Take(options.DataDirectory);
        var port = options.Port == 0 ? FreePort() : options.Port;
        var server = new EmbeddedPostgres(options, bin, port, clusterLock);
        try
        {
            await server.InitialiseAsync(cancellationToken);
            await server.StartServerAsync(cancellationToken);
            await server.EnsureDatabaseAsync(options.Database, cancellationToken);
            return server;
        }
        catch
        {
            clusterLock.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await RunAsync("pg_ctl", ["-D", _options.DataDirectory, "-m", "fast", "-w", "stop"], CancellationToken.None, throwOnError: false);
        _lock.Dispose();
    }

    /// <summary>Another database on the same cluster, created when missing.</summary>
    public async Task<string> CreateDatabaseAsync(string database, CancellationToken cancellationToken = default)
    {
        await EnsureDatabaseAsync(database, cancellationToken);
        return ConnectionFor(database);
    }

    private string ConnectionFor(string database) =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Username = "postgres", Database = database, Pooling = true }.ConnectionString;

    private async Task InitialiseAsync(CancellationToken cancellationToken)
    {
        var data = _options.DataDirectory;
        Directory.CreateDirectory(data);
        if (_asRoot) await RunRawAsync("chown", ["-R", "postgres:postgres", data], cancellationToken);
        if (File.Exists(Path.Combine(data, "PG_VERSION"))) return;
        await RunAsync("initdb", ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8"], cancellationToken);
    }

    private async Task StartServerAsync(CancellationToken cancellationToken)
    {
        var data = _options.DataDirectory;
        // A server left behind by a host that was killed holds the data folder (the lock says no host is using it): stop it first.
        if (File.Exists(Path.Combine(data, "postmaster.pid")))
            await RunAsync("pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"], cancellationToken, throwOnError: false);
        var settings = $"-p {Port} -c listen_addresses=127.0.0.1 -k {data} -c max_connections=200";
        if (!_options.Durable) settings += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
        settings += string.Concat(_options.Settings.Select(s => $" -c {s}"));
        await RunAsync("pg_ctl", ["-D", data, "-l", Path.Combine(data, "server.log"), "-w", "-t", "60", "-o", settings, "start"], cancellationToken);
    }

    private async Task EnsureDatabaseAsync(string database, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(ConnectionFor("postgres"));
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", database);
        if (await exists.ExecuteScalarAsync(cancellationToken) is not null) return;
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database.Replace("\"", "")}\"", connection);
        await create.ExecuteNonQueryAsync(cancellationToken);
    }

    private Task RunAsync(string tool, string[] arguments, CancellationToken cancellationToken, bool throwOnError = true) =>
        _asRoot
            ? RunRawAsync("runuser", ["-u", "postgres", "--", Path.Combine(_bin, tool), .. arguments], cancellationToken, throwOnError)
            : RunRawAsync(Path.Combine(_bin, tool), arguments, cancellationToken, throwOnError);

    private static async Task RunRawAsync(string file, string[] arguments, CancellationToken cancellationToken, bool throwOnError = true)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0 && throwOnError)
            throw new InvalidOperationException($"{Path.GetFileName(file)} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await error}{await output}");
    }

    private static string? FindBinDirectory() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0)
                .FirstOrDefault()
            : null;

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
