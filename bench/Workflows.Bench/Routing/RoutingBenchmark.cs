using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Npgsql;
using Workflows.Bench.Runtime;
using Workflows.Desk.Database;

namespace Workflows.Bench.Routing;

/// <summary>
/// The routing under a simulated floor: three hosts on one database, 200 agents in three teams with shifts and
/// capacities, 10,000 cases arriving at a steady rate. The first half is worked quickly (the floor has room: how fast
/// does a task reach an agent?), the second slowly (a queue forms: does urgent work go first?); ten agents go
/// offline and back in between, and a fifth of the agents' short shift ends. The floor watches the database all the
/// while and counts any offer over capacity, to someone offline or off shift.
/// </summary>
public static class RoutingBenchmark
{
    public static async Task RunAsync(string[] args)
    {
        var agentCount = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200;
        var taskCount = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000;
        var rate = args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : 40;
        // Commit timestamps say when a task became visible to the routing and when its offer was: the assignment's time.
        await using var postgres = await BenchCluster.StartAsync("routing", "track_commit_timestamp=on");
        var hosts = new List<System.Diagnostics.Process>();
        try
        {
            var addresses = new List<Uri>();
            for (var h = 0; h < 3; h++)
            {
                hosts.Add(BenchHost.Start(postgres.ConnectionString, out var address, "--Routing:Interval=00:00:00.5"));
                addresses.Add(address);
                await BenchHost.WaitReadyAsync(new HttpClient { BaseAddress = address });
            }
            var senders = new List<HttpClient>();
            foreach (var address in addresses)
            {
                var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = address };
                (await client.PostAsJsonAsync("/api/auth/login", new { userName = "admin", password = "demo" })).EnsureSuccessStatusCode();
                senders.Add(client);
            }
            // The short shift ends about a third of the way into the arrivals (setting up the agents takes a while first).
            var shortShift = TimeSpan.FromMinutes(Math.Max(2, Math.Ceiling((agentCount * 0.25 + taskCount / rate / 3) / 60)));
            var floor = await FloorSetup.BuildAsync(senders[0], addresses, agentCount, shortShift);
            var agents = floor.ToDictionary(a => a.UserName);
            Console.WriteLine($"3 hosts ({string.Join(", ", addresses)}), PostgreSQL on 127.0.0.1:{postgres.Port}; {agents.Count} agents in " +
                $"{string.Join(", ", FloorTeam.All.Select(t => $"{t.Key} ({t.Mode}, {t.Tickets} tickets / {t.Chats} chats)"))}; {taskCount:N0} cases at {rate}/s");

            var watch = new OfferWatch(postgres.ConnectionString, floor.ToDictionary(a => a.UserName, a => FloorTeam.All.Single(t => t.Key == a.Team)));
            var work = new FloorWork(agents);
            using var stop = new CancellationTokenSource();
            var watching = Task.Run(() => watch.RunAsync(stop.Token));
            _ = Task.Run(() => work.RunAsync(watch));
            var offline = new Dictionary<string, (DateTimeOffset Off, DateTimeOffset On)>();
            var backlogFrom = DateTimeOffset.MaxValue;
            var leavers = floor.Where(a => a.Team == "bench-a" && a.Shifts.Count > 1).Take(10).ToList();
            var sent = 0;
            var wentOffline = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var events = new System.Collections.Concurrent.ConcurrentBag<Task>();
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var intake = await Arrivals.SendAsync(senders, taskCount, rate, _ =>
            {
                var n = Interlocked.Increment(ref sent);
                if (n == Math.Max(1, taskCount * 4 / 10))
                    events.Add(Task.Run(async () =>
                    {
                        await PresenceAsync(leavers, "offline", offline);
                        wentOffline.SetResult();
                    }));
                if (n == taskCount / 2)
                {
                    backlogFrom = DateTimeOffset.UtcNow;
                    work.Hold = (20, 40);
                }
                // Back online only once all of them went offline: with few cases the two moments are close together.
                if (n == taskCount * 7 / 10)
                {
                    events.Add(Task.Run(async () =>
                    {
                        await wentOffline.Task;
                        await PresenceAsync(leavers, "online", offline);
                    }));
                }
            });
            var arrivalsTook = clock.Elapsed;
            await Task.WhenAll(events);
            await Task.Delay(TimeSpan.FromSeconds(5)); // the last arrivals get their offers
            stop.Cancel();
            await watching;
            var queued = await QueuedAsync(postgres.ConnectionString);

            Console.WriteLine($"arrivals: {intake.Count:N0} cases in {arrivalsTook.TotalSeconds:F0} s ({intake.Count / arrivalsTook.TotalSeconds:F1}/s); " +
                $"intake p50 {Percentile(intake, 0.5):F0} ms, p95 {Percentile(intake, 0.95):F0} ms");
            Console.WriteLine($"agents: {work.Claimed:N0} claimed, {work.Completed:N0} completed, {work.Declined.Count:N0} declined, {work.Refused:N0} claims refused (offer taken back first)");
            new RoutingReport(watch.Offers, queued, agents, offline).Print(backlogFrom, work.Declined);
            Console.WriteLine($"capacity: {watch.Samples:N0} samples of every agent's load, {watch.OverCapacity.Count} over capacity; fullest agent at {watch.HighestShare:P0} of capacity");
            foreach (var line in watch.OverCapacity.Take(5)) Console.WriteLine($"  {line}");
            Console.WriteLine($"host peak RSS: {string.Join(", ", hosts.Select(h => $"{BenchHost.PeakRssMegabytes(h.Id):F0} MB"))}");
            var tps = await PgBench.RunAsync(postgres.Port, 10, initialise: true);
            Console.WriteLine($"pgbench TPC-B (scale 8, 8 clients) right after, same cluster: {tps:F0} tps");
        }
        finally
        {
            foreach (var host in hosts) host.Kill(entireProcessTree: true);
        }
    }

    /// <summary>Agents go offline (or back online); the window between the acknowledged offline and the online request must see no offer to them.</summary>
    private static async Task PresenceAsync(List<FloorAgent> agents, string status, Dictionary<string, (DateTimeOffset Off, DateTimeOffset On)> offline)
    {
        foreach (var agent in agents)
        {
            var before = DateTimeOffset.UtcNow;
            (await agent.Client.PutAsJsonAsync("/api/me/presence", new { status })).EnsureSuccessStatusCode();
            lock (offline)
                offline[agent.UserName] = status == "offline" ? (DateTimeOffset.UtcNow, DateTimeOffset.MaxValue) : (offline[agent.UserName].Off, before);
        }
    }

    private static async Task<List<QueuedAtEnd>> QueuedAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"""
            SELECT task_id, candidate_groups[1], created_at, case_priority = 'urgent', coalesce(case_channel = 'chat', false)
            FROM {DeskTables.InboxTasks} WHERE assignee IS NULL
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var queued = new List<QueuedAtEnd>();
        while (await reader.ReadAsync())
            queued.Add(new QueuedAtEnd(reader.GetGuid(0), reader.GetString(1), reader.GetFieldValue<DateTimeOffset>(2), !reader.IsDBNull(3) && reader.GetBoolean(3), reader.GetBoolean(4)));
        return queued;
    }

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
    }
}
