using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;
using Workflows.Tests.Support;
using Xunit.Abstractions;
using static Workflows.Tests.Support.ApiScenario;
using static Workflows.Tests.Support.Bpmn;

namespace Workflows.Tests.Server.UserTasks;

/// <summary>
/// Completing a task over HTTP, counted on the wire: the host's connections go through a proxy that counts the
/// protocol's round trips, while Hangfire has a connection of its own and the background loops are asleep, so
/// everything counted belongs to the request.
/// </summary>
[Collection(SoloHostCollection.Name)]
public sealed class TaskCompletionRoundTripTests(ClusterFixture cluster, ITestOutputHelper output)
{
    [Fact]
    public async Task CompletingATask_TakesAtMostFourRoundTrips_WithTheDeskKeepingItsInbox()
    {
        var database = await cluster.Cluster.CreateDatabaseAsync("round_trips");
        await using var counter = new RoundTripCounter(cluster.Cluster.Port);
        await using var factory = Host(database, counter);
        var designer = await SignInAsync(factory, "designer");
        var agent = await SignInAsync(factory, "agent1");
        (await PublishAsync(designer, Process("""
            <bpmn:startEvent id="s"/>
            <bpmn:userTask id="first" name="First" camunda:candidateGroups="agent-l1"/>
            <bpmn:userTask id="second" name="Second" camunda:candidateGroups="agent-l1"/>
            <bpmn:endEvent id="e"/>
            """ + Chain("s", "first", "second", "e"), id: "round-trips"))).EnsureSuccessStatusCode();

        var counts = new List<(long Trips, long Statements)>();
        for (var i = 0; i < 6; i++)
        {
            var started = await StartAsync(agent, "round-trips");
            var task = started.GetProperty("openTasks")[0].GetProperty("id").GetGuid();
            var (trips, statements) = (counter.RoundTrips, counter.Statements);
            var completed = await agent.PostAsJsonAsync($"/api/tasks/{task}/complete", new { variables = new { n = i } });
            completed.EnsureSuccessStatusCode();
            counts.Add((counter.RoundTrips - trips, counter.Statements - statements));
            // The desk saw the step: the completed task left its inbox and the next one is in it, without a query of its own.
            var inbox = await GetJsonAsync(agent, "/api/inbox?queue=agent-l1&limit=200");
            var opened = (await JsonAsync(completed)).GetProperty("openedTasks")[0].GetProperty("id").GetGuid();
            Assert.DoesNotContain(inbox.EnumerateArray(), r => r.GetProperty("taskId").GetGuid() == task);
            Assert.Contains(inbox.EnumerateArray(), r => r.GetProperty("taskId").GetGuid() == opened);
        }
        output.WriteLine(string.Join("; ", counts.Select(c => $"{c.Trips} round trips, {c.Statements} statements")));
        // The first completion may open a connection and load the types on it; every one after it is steady state.
        Assert.All(counts.Skip(1), c => Assert.InRange(c.Trips, 1, 4));
    }

    /// <summary>
    /// A payment-failure case through the support flow, as the support benchmark works it: the round trips of each
    /// request, printed for bench/README.md, and bounded so a change that adds some is noticed.
    /// </summary>
    [Fact]
    public async Task SupportCase_IntakeAndItsThreeTasks_StayWithinTheirRoundTrips()
    {
        var database = await cluster.Cluster.CreateDatabaseAsync("round_trips_support");
        await using var counter = new RoundTripCounter(cluster.Cluster.Port);
        await using var factory = Host(database, counter);
        var agent = await SignInAsync(factory, "agent1");
        var counts = new List<Dictionary<string, long>>();
        for (var round = 0; round < 3; round++)
        {
            var phone = "139" + Random.Shared.NextInt64(10_000_000, 99_999_999);
            var trips = new Dictionary<string, long>();
            var before = counter.RoundTrips;
            var opened = await agent.PostAsJsonAsync("/api/cases", new { channel = "chat", customer = new { phone, name = "Round trips" }, subject = "支付失败", description = "付款时提示余额不足" });
            opened.EnsureSuccessStatusCode();
            trips["intake"] = counter.RoundTrips - before;
            var tasks = (await JsonAsync(opened)).GetProperty("openTasks");
            foreach (var (node, variables) in new (string, object)[]
            {
                ("understand", new { capturedName = "Round trips", capturedPhoneLast4 = phone[^4..], agentCategory = "payment-failure", summary = "余额不足" }),
                ("resolve_l1", new { outcome = "resolved", resolution = "Topped up and paid again" }),
                ("assist", new { customerSucceeded = true }),
            })
            {
                var task = tasks.EnumerateArray().Single(t => t.GetProperty("nodeId").GetString() == node).GetProperty("id").GetGuid();
                before = counter.RoundTrips;
                var done = await agent.PostAsJsonAsync($"/api/tasks/{task}/complete", new { variables });
                done.EnsureSuccessStatusCode();
                trips[node] = counter.RoundTrips - before;
                tasks = (await JsonAsync(done)).GetProperty("openedTasks");
            }
            counts.Add(trips);
            output.WriteLine(string.Join(", ", trips.Select(t => $"{t.Key} {t.Value}")) + $"; the case {trips.Values.Sum()} round trips");
        }
        // Steady state, after the first case warmed the pool: intake reads the customer, the flow, the SLA policy and a case
        // number, runs its step and answers with the case; the activities of understand and assist read the case and the articles.
        var steady = counts[^1];
        Assert.InRange(steady["intake"], 1, 12);
        Assert.InRange(steady["understand"], 1, 8);
        Assert.InRange(steady["resolve_l1"], 1, 4);
        Assert.InRange(steady["assist"], 1, 10);
    }

    private static WebApplicationFactory<Program> Host(string database, RoundTripCounter counter) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("ConnectionStrings:Workflows", new NpgsqlConnectionStringBuilder(database) { Port = counter.Port, SslMode = SslMode.Disable }.ConnectionString);
            web.UseSetting("ConnectionStrings:Hangfire", database);
            web.UseSetting("Workflows:SeedDemoUsers", "true");
            web.UseSetting("Outbox:PollInterval", "01:00:00");
            web.UseSetting("Timers:ReconcileInterval", "01:00:00");
            web.UseSetting("Support:Bursts:Schedule", "0 0 1 1 *");
            web.UseSetting("Manager:BaselineSchedule", "0 0 1 1 *");
            web.UseSetting("Routing:Interval", "01:00:00");
        });

    private static async Task<HttpClient> SignInAsync(WebApplicationFactory<Program> factory, string userName)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true });
        (await client.PostAsJsonAsync("/api/auth/login", new { userName, password = "demo" })).EnsureSuccessStatusCode();
        return client;
    }
}
