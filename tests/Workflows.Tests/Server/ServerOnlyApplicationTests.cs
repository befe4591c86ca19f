using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Workflows.Server;
using Workflows.Server.Database;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.ApiScenario;
using static Workflows.Tests.Support.Bpmn;

namespace Workflows.Tests.Server;

/// <summary>
/// The workflow server on its own, as a BPM application without the support desk: composed from the server's three
/// calls only, it deploys a diagram and runs it, people's tasks and a timer included.
/// </summary>
[Collection(SoloHostCollection.Name)]
public sealed class ServerOnlyApplicationTests(ClusterFixture cluster)
{
    [Fact]
    public async Task ServerAlone_DeploysAndRunsAProcess_WithUserTasksAndATimer_AndKnowsNothingOfTheDesk()
    {
        var database = await cluster.Cluster.CreateDatabaseAsync("server_only");
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration["ConnectionStrings:Workflows"] = database;
        builder.Configuration["Workflows:SeedDemoUsers"] = "true";
        builder.AddWorkflowServer();
        await using var app = builder.Build();
        await app.PrepareWorkflowServerAsync(embedded: false);
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapWorkflowServer();
        await app.StartAsync();
        var admin = app.GetTestClient();
        var login = await admin.PostAsJsonAsync("/api/auth/login", new { userName = "admin", password = "demo" });
        login.EnsureSuccessStatusCode();
        admin.DefaultRequestHeaders.Add("Cookie", string.Join("; ", login.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0])));

        (await PublishAsync(admin, Process("""
            <bpmn:startEvent id="s"/>
            <bpmn:userTask id="approve" name="Approve the refund" camunda:candidateGroups="clerks"/>
            <bpmn:intermediateCatchEvent id="cool_off"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1S</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
            <bpmn:userTask id="pay" name="Pay out" camunda:candidateGroups="clerks"/>
            <bpmn:endEvent id="e"/>
            """ + Chain("s", "approve", "cool_off", "pay", "e"), id: "refund-only-server"))).EnsureSuccessStatusCode();
        var started = await StartAsync(admin, "refund-only-server", new { amount = 120 }, "R-1");
        var instance = started.GetProperty("id").GetGuid();
        var approve = Assert.Single(started.GetProperty("openTasks").EnumerateArray()).GetProperty("id").GetGuid();
        (await admin.PostAsJsonAsync($"/api/tasks/{approve}/claim", new { })).EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync($"/api/tasks/{approve}/complete", new { variables = new { approved = true } })).EnsureSuccessStatusCode();

        // Hangfire fires the timer; the instance moves on to the second task.
        JsonElement details = default;
        for (var until = DateTime.UtcNow.AddSeconds(30); DateTime.UtcNow < until; await Task.Delay(200))
        {
            details = await GetJsonAsync(admin, $"/api/instances/{instance}");
            if (details.GetProperty("openTasks").EnumerateArray().Any(t => t.GetProperty("nodeId").GetString() == "pay")) break;
        }
        var pay = Assert.Single(details.GetProperty("openTasks").EnumerateArray());
        Assert.Equal("pay", pay.GetProperty("nodeId").GetString());
        Assert.Contains(details.GetProperty("journal").EnumerateArray(), j => j.GetProperty("kind").GetString() == "TimerFired");
        (await admin.PostAsJsonAsync($"/api/tasks/{pay.GetProperty("id").GetGuid()}/complete", new { })).EnsureSuccessStatusCode();
        Assert.Equal("completed", (await GetJsonAsync(admin, $"/api/instances/{instance}")).GetProperty("status").GetString());

        // No desk: none of its routes, and not one of its tables in the database.
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/cases")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/inbox")).StatusCode);
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var schemas = new NpgsqlCommand("SELECT count(*) FROM information_schema.schemata WHERE schema_name = 'desk'", connection);
        Assert.Equal(0L, await schemas.ExecuteScalarAsync());
        await app.StopAsync();
    }
}
