using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;

namespace Workflows.Bench.Runtime;

/// <summary>
/// Task completion latency over HTTP against a real host process while the runtime drivers load the
/// same database, and that host's peak resident memory.
/// </summary>
internal static class HttpUnderLoad
{
    public static async Task RunAsync(string connectionString, RuntimeDrivers drivers, TimeSpan duration)
    {
        using var host = BenchHost.Start(connectionString, out var baseAddress);
        try
        {
            using var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = baseAddress };
            await BenchHost.WaitReadyAsync(client);
            (await client.PostAsJsonAsync("/api/auth/login", new { userName = "agent1", password = "demo" })).EnsureSuccessStatusCode();

            var load = drivers.RunAsync(8, duration);
            var until = DateTime.UtcNow + duration;
            var latencies = (await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() => CompleteTasksAsync(client, until))))).SelectMany(l => l).Order().ToList();
            var steps = await load;

            var p95 = latencies[(int)Math.Ceiling(latencies.Count * 0.95) - 1];
            Console.WriteLine($"HTTP task completion under load: p50 {latencies[latencies.Count / 2]:F1} ms, p95 {p95:F1} ms over {latencies.Count} completions " +
                $"(runtime drivers meanwhile: {steps / duration.TotalSeconds:F0} steps/s)");
            Console.WriteLine($"host peak RSS: {BenchHost.PeakRssMegabytes(host.Id):F0} MB (target <= 300 MB)");
        }
        finally
        {
            host.Kill(entireProcessTree: true);
        }
    }

    private static async Task<List<double>> CompleteTasksAsync(HttpClient client, DateTime until)
    {
        var latencies = new List<double>();
        while (DateTime.UtcNow < until)
        {
            var started = await client.PostAsJsonAsync("/api/instances", new { definitionKey = TenNodeFlow.Key, variables = new { amount = 10 } });
            var id = JsonDocument.Parse(await started.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
            for (var i = 0; i < 2; i++)
            {
                var tasks = JsonDocument.Parse(await client.GetStringAsync($"/api/tasks?instanceId={id}")).RootElement;
                var task = tasks[0].GetProperty("id").GetGuid();
                var clock = Stopwatch.StartNew();
                (await client.PostAsJsonAsync($"/api/tasks/{task}/complete", new { })).EnsureSuccessStatusCode();
                latencies.Add(clock.Elapsed.TotalMilliseconds);
            }
        }
        return latencies;
    }
}
