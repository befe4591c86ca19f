using Microsoft.EntityFrameworkCore;
using Workflows.Engine.Interpreting;
using Workflows.Host.Database;
using Workflows.Host.Definitions;
using Workflows.Host.Instances;
using Workflows.Host.Timers;

namespace Workflows.Host.Runtime;

/// <summary>
/// Applies one event to one instance in one transaction: lock the row, run the interpreter and inline
/// activities until every token waits, write state and projections, commit; then hand new timers to
/// Hangfire. Any failure rolls everything back to the last wait state.
/// </summary>
public sealed class WorkflowRuntime(WorkflowsDbContext db, DefinitionCache definitions, Interpreter interpreter,
    ActivityRunner activities, TimerScheduler scheduler, TimeProvider clock)
{
    /// <summary>Runs inside the transaction after the row lock; returning false makes the command stale.</summary>
    public delegate Task<bool> Claim(WorkflowsDbContext db, CancellationToken cancellationToken);

    public async Task<RuntimeOutcome> StartAsync(DefinitionEntity definition, StartInstance start, string? actor, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var instance = new InstanceEntity
        {
            Id = Guid.CreateVersion7(), DefinitionId = definition.Id, DefinitionKey = definition.Key, DefinitionVersion = definition.Version,
            BusinessKey = start.BusinessKey, Status = "active", State = "{}", Variables = "{}", StartedAt = clock.GetUtcNow(),
        };
        db.Instances.Add(instance);
        var state = InstanceState.New(definition.Key);
        return await RunAsync(instance, definition, state, start, actor, transaction, cancellationToken);
    }

    public async Task<RuntimeOutcome> ApplyAsync(Guid instanceId, InstanceEvent @event, string? actor, Claim? claim, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var instance = await db.Instances.FromSql($"SELECT * FROM workflows.instances WHERE id = {instanceId} FOR UPDATE").SingleOrDefaultAsync(cancellationToken);
        if (instance is null)
            return new RuntimeOutcome(StepOutcome.Failed, instanceId, "missing", new StepError("not-found", $"Instance {instanceId} does not exist.", null));
        if (claim is not null && !await claim(db, cancellationToken))
            return new RuntimeOutcome(StepOutcome.Stale, instanceId, instance.Status, null);
        var (definition, _) = await definitions.GetAsync(db, instance.DefinitionId, cancellationToken);
        return await RunAsync(instance, definition, InstanceState.FromJson(instance.State), @event, actor, transaction, cancellationToken);
    }

    private async Task<RuntimeOutcome> RunAsync(InstanceEntity instance, DefinitionEntity definitionEntity, InstanceState state, InstanceEvent first,
        string? actor, Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction, CancellationToken cancellationToken)
    {
        var definition = definitions.Get(definitionEntity);
        var now = clock.GetUtcNow();
        var effects = new List<InstanceEffect>();
        var pending = new Queue<InstanceEvent>([first]);
        while (pending.TryDequeue(out var @event))
        {
            var result = interpreter.Step(definition, state, @event, now);
            if (result.Outcome == StepOutcome.Failed || (result.Outcome == StepOutcome.Stale && @event == first))
            {
                db.ChangeTracker.Clear();
                return new RuntimeOutcome(result.Outcome, instance.Id, instance.Status, result.Error);
            }
            state = result.State;
            effects.AddRange(result.Effects);
            foreach (var request in result.EffectsOf<RunActivity>())
            {
                try
                {
                    pending.Enqueue(await activities.RunAsync(instance.Id, state.BusinessKey, request, cancellationToken));
                }
                catch (ActivityFailedException e)
                {
                    db.ChangeTracker.Clear();
                    return new RuntimeOutcome(StepOutcome.Failed, instance.Id, instance.Status, new StepError("activity-failed", e.Message, e.NodeId));
                }
            }
        }
        var created = await new EffectWriter(db, instance, now, actor).WriteAsync(definition, state, first, effects, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await scheduler.ScheduleAsync(created, cancellationToken);
        return new RuntimeOutcome(StepOutcome.Ok, instance.Id, instance.Status, null)
        {
            OpenedTasks = effects.OfType<CreateUserTask>().Select(t => t.TaskId).Where(id => state.UserTasks.Exists(u => u.Id == id)).ToList(),
        };
    }
}
