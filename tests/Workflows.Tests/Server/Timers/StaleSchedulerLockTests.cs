using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;
using Workflows.Server.Database;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.ApiScenario;
using static Workflows.Tests.Support.Bpmn;

namespace Workflows.Tests.Server.Timers;

/// <summary>
/// Why a timer could be minutes late after kill -9: Hangfire's schedule poller takes a lock every second, and a host
/// killed while holding it leaves the row behind; every other host waits for it to expire (Hangfire.PostgreSql's
/// default is ten minutes). The lock timeout is now short (Hangfire:LockTimeout, 30 s). This test leaves such a lock
/// behind on purpose: timers wait while it stands, and fire once it expires.
/// </summary>
[Collection(SoloHostCollection.Name)]
public sealed class StaleSchedulerLockTests(ClusterFixture cluster)
{
    [Fact]
    public async Task ALockLeftByAKilledHost_HoldsTimersOnlyUntilTheLockTimeout()
    {
        var database = await cluster.Cluster.CreateDatabaseAsync("stale_lock");
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("ConnectionStrings:Workflows", database);
            web.UseSetting("Workflows:SeedDemoUsers", "true");
            web.UseSetting("Hangfire:LockTimeout", "00:00:10");
        });
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true });
        (await client.PostAsJsonAsync("/api/auth/login", new { userName = "admin", password = "demo" })).EnsureSuccessStatusCode();
        (await PublishAsync(client, Process("""
            <bpmn:startEvent id="s"/>
            <bpmn:intermediateCatchEvent id="wait"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1S</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
            <bpmn:userTask id="after" camunda:candidateGroups="clerks"/>
            """ + Chain("s", "wait", "after"), id: "stale-lock"))).EnsureSuccessStatusCode();

        // The lock a killed host would have left: taken just now, never to be released.
        await using (var connection = new NpgsqlConnection(database))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(
                $"INSERT INTO {ServerTables.HangfireSchema}.lock (resource, updatecount, acquired) VALUES ('{ServerTables.HangfireSchema}:locks:schedulepoller', 0, now() AT TIME ZONE 'UTC')",
                connection);
            await command.ExecuteNonQueryAsync();
        }
        var locked = DateTime.UtcNow;
        var instance = (await StartAsync(client, "stale-lock")).GetProperty("id").GetGuid();

        async Task<bool> FiredAsync() =>
            (await GetJsonAsync(client, $"/api/instances/{instance}")).GetProperty("openTasks").EnumerateArray().Any();
        // While the lock stands, nothing fires: the lock really is the poller's.
        while (DateTime.UtcNow < locked.AddSeconds(6))
        {
            Assert.False(await FiredAsync(), "the timer fired although the schedule poller's lock was held");
            await Task.Delay(500);
        }
        // Once it is ten seconds old it counts as abandoned, and the timer fires.
        while (!await FiredAsync())
        {
            Assert.True(DateTime.UtcNow < locked.AddSeconds(40), "the timer did not fire after the abandoned lock expired");
            await Task.Delay(250);
        }
    }
}
