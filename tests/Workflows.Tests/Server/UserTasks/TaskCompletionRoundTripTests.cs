using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;
using Workflows.Tests.Support;
using Xunit.Abstractions;
using static Workflows.Tests.Host.ApiScenario;
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
        var proxied = new NpgsqlConnectionStringBuilder(database) { Port = counter.Port, SslMode = SslMode.Disable }.ConnectionString;
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("ConnectionStrings:Workflows", proxied);
            web.UseSetting("ConnectionStrings:Hangfire", database);
            web.UseSetting("Workflows:SeedDemoUsers", "true");
            web.UseSetting("Outbox:PollInterval", "01:00:00");
            web.UseSetting("Timers:ReconcileInterval", "01:00:00");
            web.UseSetting("Support:Bursts:Schedule", "0 0 1 1 *");
            web.UseSetting("Manager:BaselineSchedule", "0 0 1 1 *");
        });
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

    private static async Task<HttpClient> SignInAsync(WebApplicationFactory<Program> factory, string userName)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true });
        (await client.PostAsJsonAsync("/api/auth/login", new { userName, password = "demo" })).EnsureSuccessStatusCode();
        return client;
    }
}
