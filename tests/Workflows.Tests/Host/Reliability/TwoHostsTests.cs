using System.Net;
using Workflows.Tests.Support;

namespace Workflows.Tests.Host.Reliability;

/// <summary>
/// Two clones on one machine, both on the embedded default: the second host must neither take the first one's cluster
/// away while it starts nor stop it when it ends. It refuses to start and names the setting that gives it its own.
/// </summary>
[Collection(ReliabilityCollection.Name)]
public sealed class TwoHostsTests
{
    [Fact]
    public async Task ASecondHostOnTheSameDataFolder_RefusesToStart_AndTheFirstKeepsAnswering()
    {
        var folder = Path.Combine("/var/tmp/workflows-tests", "two-hosts-" + Guid.NewGuid().ToString("N"));
        var data = Path.Combine(folder, "pgdata");
        try
        {
            await using var first = await HostProcess.StartEmbeddedAtAsync(data);
            var agent = await first.SignInAsync("agent1");
            using var watching = new CancellationTokenSource();
            var failures = WatchAsync(agent, watching.Token);

            var (exitCode, output) = await HostProcess.RunUntilExitAsync(TimeSpan.FromSeconds(60), $"--EmbeddedPostgres:DataDirectory={data}");
            await Task.Delay(TimeSpan.FromSeconds(1));
            await watching.CancelAsync();

            Assert.NotEqual(0, exitCode);
            Assert.Contains("EmbeddedPostgres:DataDirectory", output);
            Assert.DoesNotContain("Unhandled exception", output);
            Assert.Empty(await failures);
            Assert.Equal(HttpStatusCode.OK, (await agent.GetAsync("/api/tasks")).StatusCode);

            // A host killed with -9 leaves its cluster running but holds no lock: the next host takes the folder over.
            first.Kill();
            await using var next = await HostProcess.StartEmbeddedAtAsync(data);
            Assert.Equal(HttpStatusCode.OK, (await (await next.SignInAsync("agent1")).GetAsync("/api/tasks")).StatusCode);
            await next.StopAsync();
            Assert.False(File.Exists(Path.Combine(data, "postmaster.pid")), "PostgreSQL kept running after the host stopped");
        }
        finally
        {
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    /// <summary>Asks the first host for the inbox over and over; every answer that is not 200 is a failure.</summary>
    private static async Task<List<string>> WatchAsync(HttpClient agent, CancellationToken stop)
    {
        var failures = new List<string>();
        while (!stop.IsCancellationRequested)
        {
            try
            {
                var response = await agent.GetAsync("/api/tasks", stop);
                if (response.StatusCode != HttpStatusCode.OK) failures.Add($"{DateTime.UtcNow:HH:mm:ss.fff} {(int)response.StatusCode}");
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested) { }
            catch (HttpRequestException e) { failures.Add($"{DateTime.UtcNow:HH:mm:ss.fff} {e.Message}"); }
            await Task.Delay(50, CancellationToken.None);
        }
        return failures;
    }
}
