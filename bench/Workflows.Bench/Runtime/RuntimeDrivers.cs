using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Engine.Expressions;
using Workflows.Engine.Interpreting;
using Workflows.Server.Definitions;
using Workflows.Engine.Runtime;

namespace Workflows.Bench.Runtime;

/// <summary>Drivers that each start instances and complete both their tasks through the runtime, as fast as they can.</summary>
internal sealed class RuntimeDrivers(IServiceProvider services, DefinitionEntity definition)
{
    public async Task<long> RunAsync(int drivers, TimeSpan duration)
    {
        var until = DateTime.UtcNow + duration;
        var counts = await Task.WhenAll(Enumerable.Range(0, drivers).Select(i => Task.Run(() => DriveAsync(i, until))));
        return counts.Sum();
    }

    private async Task<long> DriveAsync(int driver, DateTime until)
    {
        long steps = 0;
        var variables = new Dictionary<string, JsonElement> { ["amount"] = JsonValues.Number(500 + driver) };
        while (DateTime.UtcNow < until)
        {
            // As an inbox would, each command's caller learns the task it opened from the outcome.
            var outcome = await CommandAsync(runtime => runtime.StartAsync(definition.Id, new StartInstance(variables), "bench", CancellationToken.None));
            steps++;
            while (outcome.OpenedTasks.Count > 0)
            {
                var (instance, task) = (outcome.InstanceId, outcome.OpenedTasks[0].TaskId);
                outcome = await CommandAsync(runtime => runtime.ApplyAsync(instance, new CompleteUserTask(task), "bench", null, CancellationToken.None));
                steps++;
            }
        }
        return steps;
    }

    private async Task<RuntimeOutcome> CommandAsync(Func<WorkflowRuntime, Task<RuntimeOutcome>> command)
    {
        await using var scope = services.CreateAsyncScope();
        var outcome = await command(scope.ServiceProvider.GetRequiredService<WorkflowRuntime>());
        return outcome.Succeeded ? outcome : throw new InvalidOperationException(outcome.Error?.Message);
    }
}
