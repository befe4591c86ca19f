namespace Workflows.Server.Database;

/// <summary>
/// Proof that this host alone uses an embedded cluster's data folder: an exclusive lock on a file beside it, held
/// while the host runs. The operating system lets go of it when the process ends however it ends, so a host killed
/// with -9 leaves no stale lock, only a cluster that the next host may take over.
/// </summary>
public sealed class EmbeddedClusterLock : IDisposable
{
    private readonly FileStream _file;

    private EmbeddedClusterLock(FileStream file) => _file = file;

    /// <summary>Takes the lock of <paramref name="dataDirectory"/>, or explains which setting gives this host a folder of its own.</summary>
    public static EmbeddedClusterLock Take(string dataDirectory)
    {
        var path = Path.GetFullPath(dataDirectory).TrimEnd(Path.DirectorySeparatorChar) + ".host-lock";
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            // FileShare.None is an exclusive flock on Linux: a second host, or a second open in this one, is refused.
            var file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            file.SetLength(0);
            using (var writer = new StreamWriter(file, leaveOpen: true)) writer.Write(Environment.ProcessId);
            return new EmbeddedClusterLock(file);
        }
        catch (IOException)
        {
            throw new EmbeddedClusterInUseException(
                $"Another Workflows host is using the embedded database in {dataDirectory}. Stop that host, or give this one " +
                $"a folder of its own with EmbeddedPostgres:DataDirectory (e.g. --EmbeddedPostgres:DataDirectory={Path.Combine(Path.GetTempPath(), "workflows-2", "pgdata")}), " +
                "or point it at a server with ConnectionStrings:Workflows.");
        }
    }

    public void Dispose() => _file.Dispose();
}
