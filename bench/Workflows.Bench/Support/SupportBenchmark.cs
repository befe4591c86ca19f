using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Workflows.Bench.Runtime;
using Workflows.Server.Database;
using Workflows.Desk.Database;

namespace Workflows.Bench.Support;

/// <summary>
/// Complete ten-step cases per second through the HTTP API: 8 simulated agents each open a payment-failure case
/// (intake, step 1) and work it: understand, then the flow verifies, diagnoses and routes; resolve at L1; assist;
/// then the flow records, notifies, educates and schedules the survey and callback (steps 7-10). A case counts
/// when the assist task completes, which runs the last of those steps in the same transaction.
/// </summary>
public static class SupportBenchmark
{
    private sealed record Timings(int Cases, List<double> Intake, List<double> Completion);

    public static async Task RunAsync(string[] args)
    {
        var seconds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 30;
        await using var postgres = await BenchCluster.StartAsync("support");
        using var host = BenchHost.Start(postgres.ConnectionString, out var baseAddress);
        try
        {
            var agents = new List<HttpClient>();
            for (var i = 0; i < 8; i++)
            {
                var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = baseAddress };
                if (i == 0) await BenchHost.WaitReadyAsync(client);
                (await client.PostAsJsonAsync("/api/auth/login", new { userName = "agent1", password = "demo" })).EnsureSuccessStatusCode();
                agents.Add(client);
            }
            var warmUp = Math.Min(10, seconds);
            Console.WriteLine($"Host on {baseAddress}, PostgreSQL on 127.0.0.1:{postgres.Port}; 8 agents, {warmUp} s warm-up, {seconds} s measured.");
            await RunAgentsAsync(agents, TimeSpan.FromSeconds(warmUp), "warm");
            var measured = await RunAgentsAsync(agents, TimeSpan.FromSeconds(seconds), "run");
            // The yardstick, on the same cluster right after: this shared machine's speed drifts from hour to hour.
            var tps = await PgBench.RunAsync(postgres.Port, seconds, initialise: true);

            Console.WriteLine($"complete cases: {measured.Cases} in {seconds} s = {measured.Cases / (double)seconds:F1} cases/s");
            Console.WriteLine($"pgbench TPC-B (scale 8, 8 clients) right after: {tps:F0} tps; cases/s per pgbench tps: {measured.Cases / (double)seconds / tps:F4}");
            Console.WriteLine($"intake (POST /api/cases): p50 {Percentile(measured.Intake, 0.5):F1} ms, p95 {Percentile(measured.Intake, 0.95):F1} ms");
            Console.WriteLine($"task completion: p50 {Percentile(measured.Completion, 0.5):F1} ms, p95 {Percentile(measured.Completion, 0.95):F1} ms over {measured.Completion.Count}");
            Console.WriteLine($"host peak RSS: {BenchHost.PeakRssMegabytes(host.Id):F0} MB");
            // Counted cases must really have gone through: resolved, with the survey's timer waiting.
            await using var connection = new Npgsql.NpgsqlConnection(postgres.ConnectionString);
            await connection.OpenAsync();
            var resolved = Convert.ToInt64(await new Npgsql.NpgsqlCommand(
                $"SELECT count(*) FROM {DeskTables.Cases} c JOIN {ServerTables.Tokens} t ON t.instance_id = c.instance_id AND t.node_id = 'survey_delay' WHERE c.status = 'resolved'",
                connection).ExecuteScalarAsync());
            Console.WriteLine($"check: {resolved} cases resolved and waiting for their survey (warm-up and measured runs together)");
        }
        finally
        {
            host.Kill(entireProcessTree: true);
        }
    }

    private static async Task<Timings> RunAgentsAsync(List<HttpClient> agents, TimeSpan duration, string run)
    {
        var until = DateTime.UtcNow + duration;
        var results = await Task.WhenAll(agents.Select((agent, i) => Task.Run(() => WorkCasesAsync(agent, $"{run}-{i}", until))));
        return new Timings(results.Sum(r => r.Cases), results.SelectMany(r => r.Intake).ToList(), results.SelectMany(r => r.Completion).ToList());
    }

    private static async Task<Timings> WorkCasesAsync(HttpClient agent, string name, DateTime until)
    {
        var (cases, intake, completion) = (0, new List<double>(), new List<double>());
        while (DateTime.UtcNow < until)
        {
            var phone = "139" + Random.Shared.NextInt64(10_000_000, 99_999_999);
            var clock = Stopwatch.StartNew();
            var opened = await agent.PostAsJsonAsync("/api/cases", new
            {
                channel = "chat", customer = new { phone, name = "Bench " + name }, subject = "支付失败", description = "付款时提示余额不足",
            });
            intake.Add(clock.Elapsed.TotalMilliseconds);
            var tasks = (await ReadAsync(opened)).GetProperty("openTasks");
            foreach (var (node, variables) in new (string, object)[]
            {
                ("understand", new { capturedName = "Bench " + name, capturedPhoneLast4 = phone[^4..], agentCategory = "payment-failure", summary = "余额不足" }),
                ("resolve_l1", new { outcome = "resolved", resolution = "Topped up and paid again" }),
                ("assist", new { customerSucceeded = true }),
            })
            {
                // The inbox goes from one task to the next the completion opened, as an agent's screen would.
                var task = tasks.EnumerateArray().Single(t => t.GetProperty("nodeId").GetString() == node).GetProperty("id").GetGuid();
                clock.Restart();
                var done = await agent.PostAsJsonAsync($"/api/tasks/{task}/complete", new { variables });
                completion.Add(clock.Elapsed.TotalMilliseconds);
                tasks = (await ReadAsync(done)).GetProperty("openedTasks");
            }
            cases++;
        }
        return new Timings(cases, intake, completion);
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Max(0, (int)Math.Ceiling(sorted.Count * p) - 1)];
    }
}
