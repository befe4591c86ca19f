using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Engine.Expressions;
using Workflows.Engine.Interpreting;
using Workflows.Engine.Runtime;
using Workflows.Server.Database;
using Workflows.Server.Definitions;

namespace Workflows.Bench.Runtime;

/// <summary>
/// A parallel multi-instance user task over a collection of N elements (issue 21), through the runtime on PostgreSQL
/// (no HTTP): how long the start takes (one step opening N tasks) and how long completing all N takes, one command
/// after the other as agents' completions reach one instance (they serialize on its row lock anyway).
/// Targets at N = 1,000: start ≤ 200 ms, all completions ≤ 5 s.
/// </summary>
public static class MultiInstanceBenchmark
{
    private const string Key = "bench-multi-instance";

    private const string Xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="bench">
          <bpmn:process id="bench-multi-instance" isExecutable="true">
            <bpmn:startEvent id="s"/>
            <bpmn:userTask id="approve" camunda:candidateGroups="agent-l1" camunda:assignee="${approver}">
              <bpmn:multiInstanceLoopCharacteristics camunda:collection="approvers" camunda:elementVariable="approver"/>
            </bpmn:userTask>
            <bpmn:endEvent id="e"/>
            <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="approve"/>
            <bpmn:sequenceFlow id="f2" sourceRef="approve" targetRef="e"/>
          </bpmn:process>
        </bpmn:definitions>
        """;

    public static async Task RunAsync(string[] args)
    {
        var elements = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1000;
        var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
        await using var postgres = await BenchCluster.StartAsync("multi-instance");
        Console.WriteLine($"PostgreSQL on 127.0.0.1:{postgres.Port}; a parallel multi-instance user task over {elements} elements, {rounds} rounds after a warm-up.");
        await using var services = RuntimeBenchmark.Services(postgres.ConnectionString);
        var definition = await PrepareAsync(services);
        var variables = new Dictionary<string, JsonElement>
        {
            ["approvers"] = JsonValues.From(Enumerable.Range(0, elements).Select(i => $"agent{i % 8}").ToArray()),
        };

        await RoundAsync(services, definition, variables, elements); // warm-up: JIT, EF Core's caches
        for (var round = 1; round <= rounds; round++)
        {
            var (start, completion) = await RoundAsync(services, definition, variables, elements);
            Console.WriteLine($"round {round}: start {start.TotalMilliseconds:F0} ms (target <= 200), completing all {elements}: " +
                $"{completion.TotalSeconds:F2} s (target <= 5), {completion.TotalMilliseconds / elements:F1} ms per completion");
        }
    }

    private static async Task<(TimeSpan Start, TimeSpan Completion)> RoundAsync(IServiceProvider services, DefinitionEntity definition,
        Dictionary<string, JsonElement> variables, int elements)
    {
        var clock = Stopwatch.StartNew();
        var started = await CommandAsync(services, r => r.StartAsync(definition.Id, new StartInstance(variables), "bench", CancellationToken.None));
        var start = clock.Elapsed;
        if (started.OpenedTasks.Count != elements) throw new InvalidOperationException($"{started.OpenedTasks.Count} tasks opened, not {elements}.");
        clock.Restart();
        RuntimeOutcome last = started;
        var tenth = Math.Max(1, elements / 10);
        var (firstTenth, lastTenth) = (TimeSpan.Zero, TimeSpan.Zero);
        for (var i = 0; i < elements; i++)
        {
            var (task, before) = (started.OpenedTasks[i], clock.Elapsed);
            last = await CommandAsync(services, r => r.ApplyAsync(started.InstanceId, new CompleteUserTask(task.TaskId), "bench", null, CancellationToken.None));
            // The state shrinks as instances complete: the first and last tenth show what its size costs.
            if (i < tenth) firstTenth += clock.Elapsed - before;
            if (i >= elements - tenth) lastTenth += clock.Elapsed - before;
        }
        var completion = clock.Elapsed;
        if (last.Status != "completed") throw new InvalidOperationException($"The instance is {last.Status} after every completion.");
        Console.WriteLine($"  per completion: first tenth {firstTenth.TotalMilliseconds / tenth:F1} ms, last tenth {lastTenth.TotalMilliseconds / tenth:F1} ms");
        return (start, completion);
    }

    private static async Task<RuntimeOutcome> CommandAsync(IServiceProvider services, Func<WorkflowRuntime, Task<RuntimeOutcome>> command)
    {
        await using var scope = services.CreateAsyncScope();
        var outcome = await command(scope.ServiceProvider.GetRequiredService<WorkflowRuntime>());
        return outcome.Succeeded ? outcome : throw new InvalidOperationException(outcome.Error?.Message);
    }

    private static async Task<DefinitionEntity> PrepareAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServerDbContext>();
        await db.Database.MigrateAsync();
        _ = scope.ServiceProvider.GetRequiredService<JobStorage>();
        var definition = new DefinitionEntity { Id = Guid.CreateVersion7(), Key = Key, Version = 1, Xml = Xml, Checksum = "bench", PublishedAt = DateTimeOffset.UtcNow };
        db.Definitions.Add(definition);
        await db.SaveChangesAsync();
        return definition;
    }
}
