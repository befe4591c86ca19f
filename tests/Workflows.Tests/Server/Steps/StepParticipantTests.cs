using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Workflows.Server;
using Workflows.Server.Database;
using Workflows.Server.Steps;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.ApiScenario;
using static Workflows.Tests.Support.Bpmn;

namespace Workflows.Tests.Server.Steps;

/// <summary>
/// The contract between the server and a module that keeps records beside it: what a participant is told of each
/// step and of each change people make to a task, and that what it writes commits with the step, or not at all.
/// Shown on the server alone, with a participant of the test's own that keeps a table of its own.
/// </summary>
[Collection(SoloHostCollection.Name)]
public sealed class StepParticipantTests(ClusterFixture cluster)
{
    private const string Ledger = "step_ledger";

    /// <summary>Writes a row per opened task into its own table, in the step's batch; refuses a variable named "poison".</summary>
    private sealed class LedgerParticipant(ConcurrentQueue<object> seen) : IStepParticipant
    {
        public Task OnStepAsync(StepRecord step, SqlBatch batch, CancellationToken cancellationToken)
        {
            seen.Enqueue(step);
            if (step.ChangedVariables.Contains("poison")) throw new InvalidOperationException("the ledger refuses poison");
            foreach (var task in step.OpenedTasks) batch.Add($"INSERT INTO public.{Ledger} (task_id, node_id) VALUES ($1, $2)", task.Id, task.NodeId);
            return Task.CompletedTask;
        }

        public Task OnTaskChangedAsync(TaskRecord task, SqlBatch batch, CancellationToken cancellationToken)
        {
            seen.Enqueue(task);
            return Task.CompletedTask;
        }
    }

    [Fact]
    public async Task Participant_HearsEveryStepAndTaskChange_AndItsWritesCommitOrRollBackWithTheStep()
    {
        var database = await cluster.Cluster.CreateDatabaseAsync("step_participant");
        await using (var connection = new NpgsqlConnection(database))
        {
            await connection.OpenAsync();
            await new NpgsqlCommand($"CREATE TABLE public.{Ledger} (task_id uuid PRIMARY KEY, node_id text NOT NULL)", connection).ExecuteNonQueryAsync();
        }
        var seen = new ConcurrentQueue<object>();
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration["ConnectionStrings:Workflows"] = database;
        builder.Configuration["Workflows:SeedDemoUsers"] = "true";
        builder.AddWorkflowServer();
        builder.Services.AddScoped<IStepParticipant>(_ => new LedgerParticipant(seen));
        builder.Services.AddProblemDetails();
        await using var app = builder.Build();
        await app.PrepareWorkflowServerAsync(embedded: false);
        app.UseExceptionHandler();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapWorkflowServer();
        await app.StartAsync();
        var admin = app.GetTestClient();
        var login = await admin.PostAsJsonAsync("/api/auth/login", new { userName = "admin", password = "demo" });
        admin.DefaultRequestHeaders.Add("Cookie", string.Join("; ", login.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0])));
        (await PublishAsync(admin, Process("""
            <bpmn:startEvent id="s"/>
            <bpmn:userTask id="check" camunda:candidateGroups="clerks"/>
            <bpmn:userTask id="sign" camunda:candidateGroups="clerks"/>
            <bpmn:endEvent id="e"/>
            """ + Chain("s", "check", "sign", "e"), id: "ledger"))).EnsureSuccessStatusCode();

        var started = await StartAsync(admin, "ledger", new { amount = 10 });
        var instance = started.GetProperty("id").GetGuid();
        var check = started.GetProperty("openTasks")[0].GetProperty("id").GetGuid();
        var first = Assert.IsType<StepRecord>(seen.Last());
        Assert.Equal((instance, "active", false), (first.InstanceId, first.Status, first.Ended));
        Assert.Equal([check], first.OpenedTasks.Select(t => t.Id));
        Assert.Contains("amount", first.ChangedVariables);

        (await admin.PostAsJsonAsync($"/api/tasks/{check}/claim", new { })).EnsureSuccessStatusCode();
        var claimed = Assert.IsType<TaskRecord>(seen.Last());
        Assert.Equal((check, "admin"), (claimed.Id, claimed.Assignee));

        // A participant that fails fails the step: nothing of it is written, its own rows included, and the task stays open.
        var refused = await admin.PostAsJsonAsync($"/api/tasks/{check}/complete", new { variables = new { poison = true } });
        Assert.Equal(HttpStatusCode.InternalServerError, refused.StatusCode);
        Assert.Equal("open", (await GetJsonAsync(admin, $"/api/tasks/{check}")).GetProperty("status").GetString());
        Assert.Equal(1, await CountAsync(database, $"SELECT count(*) FROM public.{Ledger}"));

        var completed = await JsonAsync(await admin.PostAsJsonAsync($"/api/tasks/{check}/complete", new { variables = new { checkedBy = "admin" } }));
        var sign = completed.GetProperty("openedTasks")[0].GetProperty("id").GetGuid();
        var second = Assert.IsType<StepRecord>(seen.Last());
        Assert.Equal([check], second.ClosedTasks);
        Assert.Equal([sign], second.OpenedTasks.Select(t => t.Id));
        Assert.Equal(["checkedBy"], second.ChangedVariables);
        Assert.Equal(2, await CountAsync(database, $"SELECT count(*) FROM public.{Ledger}"));

        (await admin.PostAsJsonAsync($"/api/tasks/{sign}/complete", new { })).EnsureSuccessStatusCode();
        var last = Assert.IsType<StepRecord>(seen.Last());
        Assert.Equal(("completed", true), (last.Status, last.Ended));
        Assert.Equal([sign], last.ClosedTasks);
        await app.StopAsync();
    }

    private static async Task<long> CountAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        return Convert.ToInt64(await new NpgsqlCommand(sql, connection).ExecuteScalarAsync());
    }
}
