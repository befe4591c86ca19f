namespace Workflows.Server.Database;

/// <summary>The private PostgreSQL cluster the host starts when no connection string is configured.</summary>
public sealed record EmbeddedPostgresOptions
{
    /// <summary>Where the cluster lives; created and initialised on first run.</summary>
    public string DataDirectory { get; init; } = DefaultDataDirectory();

    /// <summary>PostgreSQL's bin folder; found under /usr/lib/postgresql when not set.</summary>
    public string? BinDirectory { get; init; }

    /// <summary>0 picks a free port on 127.0.0.1.</summary>
    public int Port { get; init; }

    public string Database { get; init; } = "workflows";

    /// <summary>Off for throwaway test clusters: durability is not wanted there, speed is.</summary>
    public bool Durable { get; init; } = true;

    /// <summary>More server settings (<c>track_commit_timestamp=on</c>), each passed as <c>-c</c> when the server starts.</summary>
    public IReadOnlyList<string> Settings { get; init; } = [];

    private static string DefaultDataDirectory() => Environment.UserName == "root"
        // The server runs as the postgres user, which cannot enter /root.
        ? "/var/tmp/workflows/pgdata"
        // DoNotVerify: on a fresh account ~/.local/share does not exist yet, and the default answer is then "".
        : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "workflows", "pgdata");
}
