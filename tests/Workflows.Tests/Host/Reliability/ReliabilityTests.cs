using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Npgsql;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.ApiScenario;
using static Workflows.Tests.Support.Bpmn;

using Workflows.Server.Database;

namespace Workflows.Tests.Host.Reliability;

/// <summary>Real host processes on one database: killed, doubled and restarted.</summary>
[Collection(ReliabilityCollection.Name)]
public sealed class ReliabilityTests(ClusterFixture fixture)
{
    private static string TimerFlow(string key, string duration) => Process($"""
        <bpmn:startEvent id="s"/>
        <bpmn:intermediateCatchEvent id="wait"><bpmn:timerEventDefinition><bpmn:timeDuration>{duration}</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
        <bpmn:scriptTask id="mark" scriptFormat="javascript" camunda:resultVariable="woke"><bpmn:script>true</bpmn:script></bpmn:scriptTask>
        <bpmn:userTask id="done" camunda:candidateGroups="agent-l1"/>
        """ + Chain("s", "wait", "mark", "done"), id: key);

    /// <summary>Tells the customer, then waits on a timer: every instance leaves one outbox message and one timer.</summary>
    private static string NotifyThenTimerFlow(string key, string duration) => Process($"""
        <bpmn:startEvent id="s"/>
        <bpmn:sendTask id="notify" messageRef="m"/>
        <bpmn:intermediateCatchEvent id="wait"><bpmn:timerEventDefinition><bpmn:timeDuration>{duration}</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
        <bpmn:userTask id="done" camunda:candidateGroups="agent-l1"/>
        """ + Chain("s", "notify", "wait", "done"), """<bpmn:message id="m" name="progress"/>""", id: key);

    private static async Task PublishAsync(HostProcess host, string xml) =>
        (await ApiScenario.PublishAsync(await host.SignInAsync("designer"), xml)).EnsureSuccessStatusCode();

    private static async Task<long> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return Convert.ToInt64(await new NpgsqlCommand(sql, connection).ExecuteScalarAsync());
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> done, TimeSpan limit, string what)
    {
        var until = DateTime.UtcNow + limit;
        while (!await done())
        {
            Assert.True(DateTime.UtcNow < until, $"Timed out waiting until {what}.");
            await Task.Delay(500);
        }
    }

    /// <summary>Waits until <paramref name="count"/> reaches <paramref name="target"/>, for as long as it keeps rising.</summary>
    private static async Task WaitForProgressAsync(Func<Task<long>> count, long target, TimeSpan stall, Func<Task<string>> diagnose)
    {
        var (last, since) = (-1L, DateTime.UtcNow);
        for (var now = await count(); now < target; now = await count())
        {
            if (now > last) (last, since) = (now, DateTime.UtcNow);
            Assert.True(DateTime.UtcNow - since < stall, $"No progress for {stall.TotalSeconds:0} s at {now} of {target}: {await diagnose()}");
            await Task.Delay(500);
        }
    }

    /// <summary>The timers that have not fired, with their Hangfire jobs' states: lost (no job) or late (a job waiting).</summary>
    private static async Task<string> UnfiredTimersAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"""
            SELECT t.id, t.due_at, t.job_id, j.statename FROM {ServerTables.Timers} t
            LEFT JOIN {ServerTables.HangfireSchema}.job j ON j.id::text = t.job_id
            WHERE t.fired_at IS NULL AND t.cancelled_at IS NULL ORDER BY t.due_at LIMIT 20
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
            rows.Add($"timer {reader.GetGuid(0)} due {reader.GetDateTime(1):O} job {(reader.IsDBNull(2) ? "none" : reader.GetString(2))} ({(reader.IsDBNull(3) ? "-" : reader.GetString(3))})");
        return rows.Count == 0 ? "every timer row has fired" : string.Join("; ", rows);
    }

    [Fact]
    public async Task KillNine_WithInstancesInFlight_LosesNothing_DeliversEachMessageOnce_AndEveryTimerFiresOnce()
    {
        var db = await fixture.Cluster.CreateDatabaseAsync("kill_nine");
        var pickup = Directory.CreateTempSubdirectory("kill-nine-outbox").FullName;
        var first = await HostProcess.StartAsync(db, pickup);
        await PublishAsync(first, NotifyThenTimerFlow("crash", "PT5S"));
        var agent = await first.SignInAsync("agent1");
        var acknowledged = new ConcurrentBag<Guid>();

        var workers = Enumerable.Range(0, 8).Select(worker => Task.Run(async () =>
        {
            for (var i = worker; i < 200; i += 8)
            {
                try
                {
                    var response = await agent.PostAsJsonAsync("/api/instances", new { definitionKey = "crash", businessKey = $"CRASH-{i}" });
                    if (response.StatusCode == HttpStatusCode.Created) acknowledged.Add((await JsonAsync(response)).GetProperty("id").GetGuid());
                }
                // A request caught by the kill is not acknowledged, however the transport says so: .NET throws a bare
                // SocketException ("Transport endpoint is not connected") when the connection dies while it opens.
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or System.Net.Sockets.SocketException or IOException) { }
            }
        })).ToList();
        await WaitUntilAsync(() => Task.FromResult(acknowledged.Count >= 100), TimeSpan.FromSeconds(60), "100 instances were started");
        first.Kill();
        await Task.WhenAll(workers);

        await using var second = await HostProcess.StartAsync(db, pickup);
        var stored = await ScalarAsync(db, $"SELECT count(*) FROM {ServerTables.Instances}");
        Assert.True(stored >= acknowledged.Count, $"{stored} instances stored, {acknowledged.Count} acknowledged");
        // Timers fire late after a kill (a job the dead host had fetched waits out Hangfire's invisibility timeout, a
        // lock it held waits out the lock timeout), so wait as long as they keep firing; a stall names what is missing.
        await WaitForProgressAsync(() => ScalarAsync(db, $"SELECT count(*) FROM {ServerTables.UserTasks} WHERE node_id = 'done'"), stored,
            TimeSpan.FromSeconds(75), () => UnfiredTimersAsync(db));

        Assert.Equal(0, await ScalarAsync(db, $"SELECT count(*) FROM {ServerTables.Instances} i WHERE (SELECT count(*) FROM {ServerTables.Journal} j WHERE j.instance_id = i.id AND j.kind = 'TimerFired') <> 1"));
        foreach (var id in acknowledged)
            Assert.Equal(1, await ScalarAsync(db, $"SELECT count(*) FROM {ServerTables.UserTasks} WHERE instance_id = '{id}' AND status = 'open'"));

        // Outbox: one message per stored instance, each delivered, each exactly one file under its message id.
        await WaitUntilAsync(async () => await ScalarAsync(db, $"SELECT count(*) FROM {ServerTables.Outbox} WHERE delivered_at IS NULL") == 0,
            TimeSpan.FromSeconds(30), "every outbox message was delivered");
        Assert.Equal(stored, await ScalarAsync(db, $"SELECT count(*) FROM {ServerTables.Outbox}"));
        Assert.Equal(stored, await ScalarAsync(db, $"SELECT count(DISTINCT instance_id) FROM {ServerTables.Outbox}"));
        await using var connection = new NpgsqlConnection(db);
        await connection.OpenAsync();
        var messageIds = new List<Guid>();
        await using (var reader = await new NpgsqlCommand($"SELECT id FROM {ServerTables.Outbox}", connection).ExecuteReaderAsync())
            while (await reader.ReadAsync()) messageIds.Add(reader.GetGuid(0));
        var delivered = Directory.GetFiles(pickup, "*.json").Select(f => Guid.Parse(Path.GetFileNameWithoutExtension(f))).Order().ToList();
        Assert.Equal(messageIds.Order().ToList(), delivered);
        Assert.Empty(Directory.GetFiles(pickup, ".*.partial"));
        Directory.Delete(pickup, recursive: true);
    }

    [Fact]
    public async Task TwoHosts_OneDatabase_FireEachTimerOnce_AndCompleteEachTaskOnce()
    {
        var db = await fixture.Cluster.CreateDatabaseAsync("two_hosts");
        await using var one = await HostProcess.StartAsync(db);
        await using var two = await HostProcess.StartAsync(db);
        await PublishAsync(one, TimerFlow("pair", "PT2S"));
        var agents = new[] { await one.SignInAsync("agent1"), await two.SignInAsync("agent1") };

        await Parallel.ForEachAsync(Enumerable.Range(0, 100), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
            (await agents[i % 2].PostAsJsonAsync("/api/instances", new { definitionKey = "pair" })).EnsureSuccessStatusCode());
        await WaitUntilAsync(async () => await ScalarAsync(db, $"SELECT count(*) FROM {ServerTables.UserTasks} WHERE status = 'open'") == 100,
            TimeSpan.FromSeconds(60), "all 100 timers fired");
        Assert.Equal(100, await ScalarAsync(db, $"SELECT count(*) FROM {ServerTables.Journal} WHERE kind = 'TimerFired'"));
        Assert.Equal(100, await ScalarAsync(db, $"SELECT count(DISTINCT instance_id) FROM {ServerTables.Journal} WHERE kind = 'TimerFired'"));

        var tasks = (await GetJsonAsync(agents[0], "/api/tasks?group=agent-l1")).EnumerateArray().Select(t => t.GetProperty("id").GetGuid()).ToList();
        Assert.Equal(100, tasks.Count);
        var results = new ConcurrentBag<HttpStatusCode>();
        await Parallel.ForEachAsync(tasks, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (task, _) =>
        {
            var both = await Task.WhenAll(agents.Select(a => a.PostAsJsonAsync($"/api/tasks/{task}/complete", new { })));
            foreach (var response in both) results.Add(response.StatusCode);
        });

        Assert.Equal(100, results.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(100, results.Count(s => s == HttpStatusCode.Conflict));
        Assert.Equal(100, await ScalarAsync(db, $"SELECT count(*) FROM {ServerTables.Journal} WHERE kind = 'TaskCompleted'"));
        Assert.Equal(100, await ScalarAsync(db, $"SELECT count(*) FROM {ServerTables.Instances} WHERE status = 'completed'"));
    }

    [Fact]
    public async Task FiveRestarts_CreateNoDuplicateJobs()
    {
        var db = await fixture.Cluster.CreateDatabaseAsync("restarts");
        // A horizon beyond the hour, so every timer gets its Hangfire job at once and restarts have jobs to duplicate.
        const string horizon = "--Timers:ScheduleHorizon=02:00:00";
        var host = await HostProcess.StartAsync(db, null, horizon);
        await PublishAsync(host, TimerFlow("later", "PT1H"));
        var agent = await host.SignInAsync("agent1");
        for (var i = 0; i < 20; i++) await StartAsync(agent, "later");

        for (var restart = 0; restart < 5; restart++)
        {
            host.Kill();
            await host.DisposeAsync();
            host = await HostProcess.StartAsync(db, null, horizon);
            await Task.Delay(TimeSpan.FromSeconds(4)); // longer than the reconciler's period
        }
        await host.DisposeAsync();

        Assert.Equal(20, await ScalarAsync(db, $"SELECT count(*) FROM {ServerTables.Timers} WHERE job_id IS NOT NULL"));
        Assert.Equal(20, await ScalarAsync(db, $"SELECT count(*) FROM {ServerTables.HangfireSchema}.job WHERE invocationdata::text LIKE '%TimerJob%'"));
    }
}
