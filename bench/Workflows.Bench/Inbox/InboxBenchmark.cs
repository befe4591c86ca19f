using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Workflows.Bench.Runtime;
using Workflows.Server.Database;
using Workflows.Desk.Database;
using Workflows.Desk.Inbox;

namespace Workflows.Bench.Inbox;

/// <summary>
/// The inbox list API at scale: seeds open tasks (100,000 by default) on their cases, then asks for each queue,
/// sort and filter an agent uses over HTTP, one at a time and then with 8 agents at once, and prints the p95 of
/// each and the query plan PostgreSQL chose for the default view.
/// </summary>
public static class InboxBenchmark
{
    private static readonly string[] Views =
    [
        "queue=agent-l1&sort=sla", "queue=agent-l1&sort=priority", "queue=agent-l1&sort=due", "queue=agent-l1&sort=created",
        "queue=agent-l1&sort=sla&channel=email", "queue=agent-l1&sort=sla&category=refund-dispute&priority=urgent", "queue=mine&sort=sla",
    ];

    public static async Task RunAsync(string[] args)
    {
        var openTasks = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
        var requests = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 200;
        await using var postgres = await BenchCluster.StartAsync("inbox");
        using var host = BenchHost.Start(postgres.ConnectionString, out var baseAddress);
        try
        {
            var agent = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = baseAddress };
            await BenchHost.WaitReadyAsync(agent);
            var seeding = Stopwatch.StartNew();
            await InboxSeed.RunAsync(postgres.ConnectionString, openTasks);
            Console.WriteLine($"Seeded {openTasks:N0} open and {openTasks:N0} finished tasks on their cases in {seeding.Elapsed.TotalSeconds:F0} s.");
            (await agent.PostAsJsonAsync("/api/auth/login", new { userName = "agent1", password = "demo" })).EnsureSuccessStatusCode();

            foreach (var view in Views) await TimeAsync(agent, view, 20); // warm-up: JIT, plans, cache
            Console.WriteLine($"One agent at a time, {requests} requests per view (GET /api/inbox?…&limit=50):");
            foreach (var view in Views)
            {
                var times = await TimeAsync(agent, view, requests);
                Console.WriteLine($"  {view,-62} p50 {Percentile(times, 0.5),6:F1} ms  p95 {Percentile(times, 0.95),6:F1} ms");
            }
            var agents = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
            {
                var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = baseAddress };
                (await client.PostAsJsonAsync("/api/auth/login", new { userName = "agent1", password = "demo" })).EnsureSuccessStatusCode();
                return client;
            }));
            var together = (await Task.WhenAll(agents.Select((c, i) => Task.Run(() => TimeAsync(c, Views[i % Views.Length], requests))))).SelectMany(t => t).ToList();
            Console.WriteLine($"8 agents at once, {8 * requests:N0} requests over all views: p50 {Percentile(together, 0.5):F1} ms, p95 {Percentile(together, 0.95):F1} ms");
            await ExplainAsync(postgres.ConnectionString, new InboxQuery("agent-l1", null, null, null, "sla", 50));
            await ExplainAsync(postgres.ConnectionString, new InboxQuery("agent-l1", "email", null, null, "sla", 50));
            await ExplainAsync(postgres.ConnectionString, new InboxQuery("agent-l1", null, "refund-dispute", "urgent", "sla", 50));
        }
        finally
        {
            host.Kill(entireProcessTree: true);
        }
    }

    private static async Task<List<double>> TimeAsync(HttpClient client, string view, int count)
    {
        var times = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            var clock = Stopwatch.StartNew();
            using var response = await client.GetAsync($"/api/inbox?{view}&limit=50");
            response.EnsureSuccessStatusCode();
            await response.Content.ReadAsByteArrayAsync();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        return times;
    }

    /// <summary>The plan of a view, from the very SQL the API runs.</summary>
    private static async Task ExplainAsync(string connectionString, InboxQuery query)
    {
        var services = new ServiceCollection().AddWorkflowsData(connectionString).AddModuleDbContext<DeskDbContext>(DeskTables.Schema).BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DeskDbContext>();
        var agent1 = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "agent1"), new Claim(Workflows.Server.Identity.IdentityClaims.Team, "agent-l1")], "bench"));
        var sql = query.Build(db, agent1).ToQueryString();
        // ToQueryString declares parameters as comments ("-- @name='agent1'"); inline them for EXPLAIN.
        var parameters = Regex.Matches(sql, @"^-- (@\S+)='(.*)'.*$", RegexOptions.Multiline).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        var body = string.Join('\n', sql.Split('\n').Where(l => !l.StartsWith("--", StringComparison.Ordinal)));
        foreach (var (name, value) in parameters.OrderByDescending(p => p.Key.Length))
            body = body.Replace(name, value.StartsWith('{') ? $"'{value}'" : value.All(char.IsDigit) ? value : $"'{value}'");
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) " + body, connection);
        await using var reader = await command.ExecuteReaderAsync();
        Console.WriteLine($"Plan of {query}:");
        while (await reader.ReadAsync()) Console.WriteLine("  " + reader.GetString(0));
    }

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
    }
}
