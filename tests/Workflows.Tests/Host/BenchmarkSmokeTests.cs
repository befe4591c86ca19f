using System.Diagnostics;
using Workflows.Tests.Support;
using Xunit.Abstractions;

namespace Workflows.Tests.Host;

/// <summary>
/// Every benchmark in bench/ runs, in a few seconds, with tiny arguments: the build and these runs keep them from
/// rotting between the times someone measures with them. What they print is checked for the line that carries the
/// figure, not for the figure (a smoke run on a busy machine measures nothing worth asserting).
/// </summary>
[Collection(ReliabilityCollection.Name)]
public sealed class BenchmarkSmokeTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("engine", new[] { "--filter", "*", "--job", "Dry", "--inProcess", "--smoke" }, "executed benchmarks: 4")]
    [InlineData("dmn", new[] { "--filter", "*DecisionTable*", "--job", "Dry", "--inProcess", "--smoke" }, "executed benchmarks: 1")]
    [InlineData("runtime", new[] { "runtime", "2" }, "ratio:")]
    [InlineData("multi-instance", new[] { "multi-instance", "20", "1" }, "completing all 20:")]
    [InlineData("support", new[] { "support", "3" }, "cases/s per pgbench tps:")]
    [InlineData("inbox", new[] { "inbox", "2000", "10" }, "8 agents at once")]
    [InlineData("manager", new[] { "manager", "20000", "10" }, "4 managers at once")]
    [InlineData("cases", new[] { "cases", "20000", "3" }, "case search, every kind")]
    [InlineData("designer", new[] { "designer", "2" }, "designer opens the support flow")]
    [InlineData("people", new[] { "people", "20", "3", "8" }, "Sign-in with Argon2id")]
    [InlineData("routing", new[] { "routing", "9", "60", "20" }, "over capacity;")]
    [InlineData("wechat", new[] { "wechat", "20", "2", "10" }, "retries wrote nothing twice: True")]
    [InlineData("chat", new[] { "chat", "10", "2", "20" }, "every reply exactly once: True")]
    public async Task Benchmark_RunsInSmokeMode(string name, string[] arguments, string figure)
    {
        var bench = Path.Combine(RepositoryPaths.Root, "bench", "Workflows.Bench", "bin", new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name, "net10.0",
            "Workflows.Bench.dll");
        Assert.True(File.Exists(bench), $"The benchmarks are not built at {bench}: the solution's build builds them.");
        var workingDirectory = Directory.CreateTempSubdirectory($"bench-{name}-").FullName; // BenchmarkDotNet writes its artifacts here
        try
        {
            var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { bench }.Concat(arguments)) start.ArgumentList.Add(argument);
            using var process = Process.Start(start)!;
            var (stdout, stderr) = (process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
            using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            try { await process.WaitForExitAsync(limit.Token); }
            catch (OperationCanceledException) { process.Kill(entireProcessTree: true); }
            var printed = await stdout;
            output.WriteLine(printed);
            Assert.True(process.HasExited && process.ExitCode == 0, $"The {name} benchmark failed ({(process.HasExited ? process.ExitCode : "timed out")}): {await stderr}{printed[^Math.Min(2000, printed.Length)..]}");
            Assert.Contains(figure, printed);
        }
        finally
        {
            Directory.Delete(workingDirectory, recursive: true);
        }
    }
}
