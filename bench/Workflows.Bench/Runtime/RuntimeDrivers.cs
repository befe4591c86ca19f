using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Engine.Expressions;
using Workflows.Engine.Interpreting;
using Workflows.Host.Database;
using Workflows.Host.Definitions;
using Workflows.Host.Runtime;
using Workflows.Host.UserTasks;

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
            var instance = await CommandAsync(runtime => runtime.StartAsync(definition, new StartInstance(variables), "bench", CancellationToken.None));
            steps++;
            for (var task = 0; task < 2; task++)
            {
                var local = await OpenTaskAsync(instance);
                await CommandAsync(runtime => runtime.ApplyAsync(instance, new CompleteUserTask(local), "bench", null, CancellationToken.None));
                steps++;
            }
        }
        return steps;
    }

    private async Task<Guid> CommandAsync(Func<WorkflowRuntime, Task<RuntimeOutcome>> command)
    {
        await using var scope = services.CreateAsyncScope();
        var outcome = await command(scope.ServiceProvider.GetRequiredService<WorkflowRuntime>());
        return outcome.Succeeded ? outcome.InstanceId : throw new InvalidOperationException(outcome.Error?.Message);
    }

    private async Task<long> OpenTaskAsync(Guid instance)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>().UserTasks
            .Where(t => t.InstanceId == instance && t.Status == UserTaskStatus.Open).Select(t => t.LocalId).SingleAsync();
    }
}
