using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Workflows.Bench.Manager;
using Workflows.Bench.Runtime;

namespace Workflows.Bench.Cases;

/// <summary>
/// The case search at scale: seeds 1,000,000 cases (by default) in both languages with the manager benchmark's seed,
/// then times what an agent types when a customer calls back, over HTTP: a case number, a phone number, a name,
/// rare and common words in English and Chinese, and a search narrowed by status and days. Each search varies its
/// value from request to request, so no single cached answer is measured.
/// </summary>
public static class CaseSearchBenchmark
{
    public static async Task RunAsync(string[] args)
    {
        var cases = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
        var requests = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 200;
        await using var postgres = await BenchCluster.StartAsync("cases");
        using var host = BenchHost.Start(postgres.ConnectionString, out var baseAddress);
        try
        {
            var agent = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(2) };
            await BenchHost.WaitReadyAsync(agent);
            (await agent.PostAsJsonAsync("/api/auth/login", new { userName = "agent1", password = "demo" })).EnsureSuccessStatusCode();
            var seeding = Stopwatch.StartNew();
            await ManagerSeed.RunAsync(postgres.ConnectionString, cases);
            var customers = Math.Max(1, cases / 10);
            Console.WriteLine($"Seeded {cases:N0} cases and {customers:N0} customers in {seeding.Elapsed.TotalSeconds:F0} s.");
            var (from, to) = (DateTime.UtcNow.AddDays(-30).ToString("yyyy-MM-dd"), DateTime.UtcNow.ToString("yyyy-MM-dd"));
            var searches = new (string Name, Func<int, string> Url)[]
            {
                ("case number", i => $"q=CS-BENCH-{1 + i * 7919 % cases:D7}"),
                ("phone number", i => $"q=139{1 + i * 104729 % customers:D8}"),
                ("customer name (Chinese)", i => "q=" + Uri.EscapeDataString(new[] { "王伟", "李芳", "张娜", "刘敏", "陈静", "杨磊" }[i % 6])),
                ("customer name (English)", i => "q=" + Uri.EscapeDataString(new[] { "Alice Smith", "Bob Chen", "Grace Li" }[i % 3])),
                ("order number (rare)", i => $"q={1 + i * 31 % 50000}"),
                ("English words (common)", i => "q=" + Uri.EscapeDataString(new[] { "refund", "declined card", "payment failed", "locked" }[i % 4])),
                ("Chinese words (common)", i => "q=" + Uri.EscapeDataString(new[] { "退款", "银行卡", "账户冻结", "积分" }[i % 4])),
                ("words, status and days", i => $"q={Uri.EscapeDataString(new[] { "refund", "退款" }[i % 2])}&status=waiting-customer&from={from}&to={to}"),
                ("status only", i => $"status={new[] { "open", "waiting-customer", "resolved" }[i % 3]}"),
            };
            foreach (var (_, url) in searches) await TimeAsync(agent, url, 10); // warm-up: JIT, plans, cache
            var all = new List<double>();
            Console.WriteLine($"One agent, {requests} searches each:");
            foreach (var (name, url) in searches)
            {
                var times = await TimeAsync(agent, url, requests);
                all.AddRange(times);
                Console.WriteLine($"  {name,-26} p50 {Percentile(times, 0.5),6:F1} ms  p95 {Percentile(times, 0.95),6:F1} ms  e.g. /api/cases?{url(1)}");
            }
            Console.WriteLine($"case search, every kind: p50 {Percentile(all, 0.5):F1} ms, p95 {Percentile(all, 0.95):F1} ms over {all.Count:N0} searches at {cases:N0} cases");
        }
        finally
        {
            host.Kill(entireProcessTree: true);
        }
    }

    private static async Task<List<double>> TimeAsync(HttpClient client, Func<int, string> url, int count)
    {
        var times = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            var clock = Stopwatch.StartNew();
            using var response = await client.GetAsync("/api/cases?" + url(i));
            response.EnsureSuccessStatusCode();
            await response.Content.ReadAsByteArrayAsync();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        return times;
    }

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
    }
}
