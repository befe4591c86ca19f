using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;

namespace Workflows.Tests.Support;

/// <summary>The host as a real operating-system process, for crash and multi-host tests.</summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;

    private HostProcess(Process process, int port)
    {
        _process = process;
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
    }

    public Uri BaseAddress { get; }

    /// <summary>The host on <paramref name="connectionString"/>; with <paramref name="pickupDirectory"/>, outbox messages land there as files.</summary>
    public static Task<HostProcess> StartAsync(string connectionString, string? pickupDirectory = null, params string[] settings) =>
        StartAsync("dotnet", [$"--ConnectionStrings:Workflows={connectionString}", "--Workflows:SeedDemoUsers=true",
            .. pickupDirectory is null ? Array.Empty<string>() : [$"--Outbox:PickupDirectory={pickupDirectory}"], .. settings], home: null);

    /// <summary>The host with no connection string, its embedded cluster in <paramref name="dataDirectory"/>.</summary>
    public static Task<HostProcess> StartEmbeddedAtAsync(string dataDirectory) =>
        StartAsync("dotnet", [$"--EmbeddedPostgres:DataDirectory={dataDirectory}"], home: null);

    /// <summary>Starts the host with <paramref name="settings"/> expecting it to give up: its exit code and everything it printed.</summary>
    public static async Task<(int ExitCode, string Output)> RunUntilExitAsync(TimeSpan limit, params string[] settings)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(HostDll())!, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { HostDll(), "--urls", $"http://127.0.0.1:{FreePort()}" }.Concat(settings)) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The host was expected to exit within {limit} but kept running.");
        }
        return (process.ExitCode, await output + await error);
    }

    /// <summary>
    /// The host with no connection string, as `dotnet run` on a fresh machine: it starts its own cluster under
    /// <paramref name="home"/>. Run as another user, it runs from a copy of the build inside that home, so it needs
    /// nothing of the checkout (which that user may not be allowed to read).
    /// </summary>
    public static Task<HostProcess> StartEmbeddedAsync(string home, string? asUser)
    {
        if (asUser is null) return StartAsync("dotnet", [], home);
        var dll = CopyHost(Path.Combine(home, "host"));
        Process.Start("chown", ["-R", asUser, home])!.WaitForExit();
        return StartAsync("runuser", ["-u", asUser, "--", "env", $"HOME={home}", "dotnet"], home, prefix: true, dll: dll);
    }

    private static async Task<HostProcess> StartAsync(string file, string[] arguments, string? home, bool prefix = false, string? dll = null)
    {
        dll ??= HostDll();
        var port = FreePort();
        var start = new ProcessStartInfo(file) { WorkingDirectory = Path.GetDirectoryName(dll)!, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        if (home is not null) start.Environment["HOME"] = home;
        var hostArguments = new[] { dll, "--urls", $"http://127.0.0.1:{port}", "--Logging:LogLevel:Default=Warning" };
        foreach (var argument in prefix ? [.. arguments, .. hostArguments] : hostArguments.Concat(arguments))
            start.ArgumentList.Add(argument);
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var host = new HostProcess(process, port);
        await host.WaitUntilReadyAsync(TimeSpan.FromSeconds(60));
        return host;
    }

    /// <summary>kill -9: no shutdown hooks run.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    /// <summary>A graceful stop (SIGTERM to the host and any child), as Ctrl+C would.</summary>
    public async Task StopAsync()
    {
        Process.Start("pkill", ["-TERM", "-P", _process.Id.ToString()])!.WaitForExit();
        Process.Start("kill", ["-TERM", _process.Id.ToString()])!.WaitForExit();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await _process.WaitForExitAsync(timeout.Token);
    }

    public async Task<HttpClient> SignInAsync(string userName)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        (await client.PostAsJsonAsync("/api/auth/login", new { userName, password = "demo" })).EnsureSuccessStatusCode();
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    private async Task WaitUntilReadyAsync(TimeSpan limit)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var until = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < until)
        {
            if (_process.HasExited) throw new InvalidOperationException($"The host exited with {_process.ExitCode} while starting.");
            try
            {
                if ((await client.GetAsync("/health/ready")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { }
            catch (System.Net.Sockets.SocketException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(200);
        }
        throw new TimeoutException("The host did not become ready in time.");
    }

    /// <summary>Copies the host's build output to <paramref name="directory"/>; returns the copy's Workflows.Host.dll.</summary>
    private static string CopyHost(string directory)
    {
        var source = Path.GetDirectoryName(HostDll())!;
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(directory, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
        return Path.Combine(directory, Path.GetFileName(HostDll()));
    }

    private static string HostDll()
    {
        // tests/Workflows.Tests/bin/<configuration>/net10.0 → host/Workflows.Host/bin/<configuration>/net10.0
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = output.Parent!.Name;
        var root = output.Parent.Parent!.Parent!.Parent!.Parent!.FullName;
        var dll = Path.Combine(root, "host", "Workflows.Host", "bin", configuration, output.Name, "Workflows.Host.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("Build the solution first: the host is not at " + dll);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
