using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Npgsql;
using Workflows.Bench.Runtime;
using Workflows.Server.Database;
using Workflows.Desk.Database;

namespace Workflows.Bench.Manager;

/// <summary>
/// The manager workspace at scale: seeds 1,000,000 cases (by default) with their instances, tokens, tasks and
/// incidents, then times the stuck list (every reason and each alone, first and a deep page) and the node
/// statistics of the support flow over HTTP, one manager and then four at once, and prints which indexes served them.
/// </summary>
public static class ManagerBenchmark
{
    private static readonly string[] Stuck =
    [
        "", "?reason=first-response-breached", "?reason=resolution-breached", "?reason=incident", "?reason=unclaimed", "?reason=stalled",
        "?reason=callback-overdue", "?page=20",
    ];

    public static async Task RunAsync(string[] args)
    {
        var cases = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
        var requests = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 200;
        await using var postgres = await BenchCluster.StartAsync("manager");
        using var host = BenchHost.Start(postgres.ConnectionString, out var baseAddress);
        try
        {
            var manager = await SignInAsync(baseAddress);
            await BenchHost.WaitReadyAsync(manager);
            var seeding = Stopwatch.StartNew();
            await ManagerSeed.RunAsync(postgres.ConnectionString, cases);
            Console.WriteLine($"Seeded {cases:N0} cases with their instances, tokens, tasks and incidents in {seeding.Elapsed.TotalSeconds:F0} s.");
            var version = (await manager.GetFromJsonAsync<List<Definition>>("/api/definitions"))!.Single(d => d.Key == "support-case").LatestVersion;
            var nodes = $"/api/manager/processes/support-case/versions/{version}/nodes";
            var urls = Stuck.Select(s => "/api/manager/stuck" + s).Append(nodes).ToArray();
            Console.WriteLine($"Stuck counts: {await manager.GetStringAsync("/api/manager/stuck?pageSize=1")}");

            foreach (var url in urls) await TimeAsync(manager, url, 10); // warm-up: JIT, plans, cache
            var before = await IndexScansAsync(postgres.ConnectionString);
            Console.WriteLine($"One manager, {requests} requests each:");
            foreach (var url in urls)
            {
                var times = await TimeAsync(manager, url, requests);
                Console.WriteLine($"  {url,-70} p50 {Percentile(times, 0.5),6:F1} ms  p95 {Percentile(times, 0.95),6:F1} ms");
            }
            var managers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => SignInAsync(baseAddress)));
            var together = (await Task.WhenAll(managers.Select((c, i) => Task.Run(() => TimeAsync(c, urls[i % 2 == 0 ? 0 : urls.Length - 1], requests)))))
                .SelectMany(t => t).ToList();
            Console.WriteLine($"4 managers at once, stuck list and node statistics, {4 * requests:N0} requests: p50 {Percentile(together, 0.5):F1} ms, p95 {Percentile(together, 0.95):F1} ms");
            var numbers = await TimeAsync(manager, "/api/manager/numbers", 20);
            Console.WriteLine($"Numbers, last 30 days (not a target): p50 {Percentile(numbers, 0.5):F1} ms, p95 {Percentile(numbers, 0.95):F1} ms");
            await Task.Delay(TimeSpan.FromSeconds(2)); // backends flush their statistics when idle
            var after = await IndexScansAsync(postgres.ConnectionString);
            Console.WriteLine("Index scans during the timed runs:");
            foreach (var (index, scans) in after.Where(a => a.Value > before.GetValueOrDefault(a.Key)).OrderBy(a => a.Key))
                Console.WriteLine($"  {index,-50} {scans - before.GetValueOrDefault(index),8:N0}");
        }
        finally
        {
            host.Kill(entireProcessTree: true);
        }
    }

    private sealed record Definition(string Key, int LatestVersion);

    private static async Task<HttpClient> SignInAsync(Uri baseAddress)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(2) };
        await BenchHost.WaitReadyAsync(client);
        (await client.PostAsJsonAsync("/api/auth/login", new { userName = "manager", password = "demo" })).EnsureSuccessStatusCode();
        return client;
    }

    private static async Task<List<double>> TimeAsync(HttpClient client, string url, int count)
    {
        var times = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            var clock = Stopwatch.StartNew();
            using var response = await client.GetAsync(url);
            response.EnsureSuccessStatusCode();
            await response.Content.ReadAsByteArrayAsync();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        return times;
    }

    private static async Task<Dictionary<string, long>> IndexScansAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"SELECT schemaname || '.' || relname || '.' || indexrelname, idx_scan FROM pg_stat_user_indexes WHERE schemaname IN ('{ServerTables.Schema}', '{DeskTables.Schema}')",
            connection);
        await using var reader = await command.ExecuteReaderAsync();
        var scans = new Dictionary<string, long>();
        while (await reader.ReadAsync()) scans[reader.GetString(0)] = reader.GetInt64(1);
        return scans;
    }

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
    }
}
