using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Workflows.Bench.Runtime;

/// <summary>pgbench's TPC-B-like transactions per second on the same cluster, as the yardstick.</summary>
internal static partial class PgBench
{
    public static async Task<double> RunAsync(int port, int seconds, bool initialise)
    {
        var bin = Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin", "pgbench")).First(File.Exists);
        string[] common = ["-h", "127.0.0.1", "-p", port.ToString(CultureInfo.InvariantCulture), "-U", "postgres"];
        if (initialise) await RunAsync(bin, [.. common, "-i", "-q", "-s", "8", "pgbench_db"], createDb: port);
        var output = await RunAsync(bin, [.. common, "-c", "8", "-j", "2", "-n", "-T", seconds.ToString(CultureInfo.InvariantCulture), "pgbench_db"]);
        return double.Parse(Tps().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
    }

    private static async Task<string> RunAsync(string file, string[] arguments, int? createDb = null)
    {
        if (createDb is { } port)
        {
            var createdb = Path.Combine(Path.GetDirectoryName(file)!, "createdb");
            await RunAsync(createdb, ["-h", "127.0.0.1", "-p", port.ToString(CultureInfo.InvariantCulture), "-U", "postgres", "pgbench_db"]);
        }
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{Path.GetFileName(file)} failed: {error}");
        return output + error;
    }

    [GeneratedRegex(@"tps = ([0-9.]+) \(without initial connection time\)")]
    private static partial Regex Tps();
}
