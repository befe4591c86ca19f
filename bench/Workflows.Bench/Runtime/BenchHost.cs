using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Workflows.Bench.Runtime;

/// <summary>The host as a separate process on a free loopback port, as the HTTP benchmarks drive it.</summary>
internal static class BenchHost
{
    /// <summary>The checkout: bench/Workflows.Bench/bin/&lt;configuration&gt;/net10.0 is five levels below it.</summary>
    public static string Repository { get; } = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../.."));

    public static Process Start(string connectionString, out Uri baseAddress, params string[] settings)
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var dll = Path.Combine(Repository, "host", "Workflows.Host", "bin", output.Parent!.Name, output.Name, "Workflows.Host.dll");
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        baseAddress = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(dll)!, RedirectStandardOutput = true, RedirectStandardError = true };
        string[] arguments = [dll, "--urls", baseAddress.ToString(), $"--ConnectionStrings:Workflows={connectionString}", "--Workflows:SeedDemoUsers=true",
            "--Logging:LogLevel:Default=Warning", .. settings];
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        var process = Process.Start(start)!;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    public static async Task WaitReadyAsync(HttpClient client)
    {
        for (var i = 0; i < 120; i++)
        {
            try { if ((await client.GetAsync("/health/ready")).IsSuccessStatusCode) return; }
            catch (HttpRequestException) { }
            await Task.Delay(500);
        }
        throw new TimeoutException("The host did not start.");
    }

    public static double PeakRssMegabytes(int pid)
    {
        // The host runs as a child of `dotnet`; VmHWM is the peak resident set of that process.
        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024;
    }
}
