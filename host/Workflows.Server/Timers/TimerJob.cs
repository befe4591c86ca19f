using Hangfire;
using Microsoft.EntityFrameworkCore;
using Workflows.Engine.Interpreting;
using Workflows.Server.Database;
using Workflows.Engine.Runtime;

namespace Workflows.Server.Timers;

/// <summary>
/// The Hangfire job behind every timer and async continuation. Idempotent on the timer row: claiming
/// sets fired_at in the same transaction as the step, so a duplicate or late job does nothing.
/// </summary>
public sealed class TimerJob(IServiceScopeFactory scopes, ILogger<TimerJob> log)
{
    [AutomaticRetry(Attempts = 5)]
    public async Task RunAsync(Guid timerId, CancellationToken cancellationToken)
    {
        TimerEntity? timer;
        await using (var scope = scopes.CreateAsyncScope())
            timer = await scope.ServiceProvider.GetRequiredService<ServerDbContext>().Timers.AsNoTracking()
                .SingleOrDefaultAsync(t => t.Id == timerId, cancellationToken);
        if (timer is null || timer.FiredAt is not null || timer.CancelledAt is not null) return;
        // Hangfire keeps scheduled times in whole seconds, so a job can start up to a second early; a timer
        // must never fire before its due time (an SLA breach stamped before the deadline would be a lie).
        // Task.Delay counts whole milliseconds, so wait again until the clock has really passed the due time.
        for (var early = timer.DueAt - DateTimeOffset.UtcNow; early > TimeSpan.Zero; early = timer.DueAt - DateTimeOffset.UtcNow)
            await Task.Delay(early + TimeSpan.FromMilliseconds(1), cancellationToken);

        InstanceEvent @event = timer.Kind == TimerEntity.TimerKind ? new FireTimer(timer.LocalId) : new ContinueJob(timer.LocalId);
        var outcome = await ApplyAsync(timer, @event, cancellationToken);
        if (outcome.Outcome != StepOutcome.Failed) return;
        // The step rolled back; the engine counts the failure (a retry later, or an incident) in a step of its own.
        log.LogWarning("{Kind} {Node} of instance {Instance} failed: {Error}", timer.Kind, timer.NodeId, timer.InstanceId, outcome.Error?.Message);
        var message = outcome.Error?.Message ?? "failed";
        await ApplyAsync(timer, timer.Kind == TimerEntity.TimerKind ? new FailTimer(timer.LocalId, message) : new FailJob(timer.LocalId, message), cancellationToken);
    }

    private async Task<RuntimeOutcome> ApplyAsync(TimerEntity timer, InstanceEvent @event, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var runtime = scope.ServiceProvider.GetRequiredService<WorkflowRuntime>();
        var db = scope.ServiceProvider.GetRequiredService<ServerDbContext>(); // the store's context: the claim joins the step's transaction
        return await runtime.ApplyAsync(timer.InstanceId, @event, actor: "system", claim: async ct =>
            await db.Database.ExecuteSqlRawAsync(
                $"UPDATE {ServerTables.Timers} SET fired_at = now() WHERE id = {{0}} AND fired_at IS NULL AND cancelled_at IS NULL", [timer.Id], ct) == 1,
            cancellationToken);
    }
}
