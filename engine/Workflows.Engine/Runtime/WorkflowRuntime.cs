using Workflows.Engine.Interpreting;

namespace Workflows.Engine.Runtime;

/// <summary>
/// Applies one event to one instance in one store transaction: lock the instance, run the interpreter and
/// inline activities until every token waits, save state and effects, commit. Any failure rolls everything
/// back to the last wait state and the caller gets the error.
/// </summary>
public sealed class WorkflowRuntime(IInstanceStore store, Interpreter interpreter, IActivityInvoker activities, TimeProvider clock,
    IDecisionInvoker? decisions = null)
{
    /// <summary>Runs inside the transaction after the lock; returning false makes the command stale (someone else did it).</summary>
    public delegate Task<bool> Claim(CancellationToken cancellationToken);

    public Task<RuntimeOutcome> StartAsync(Guid definitionId, StartInstance start, string? actor, CancellationToken cancellationToken) =>
        StartAsync(definitionId, Guid.CreateVersion7(), start, actor, cancellationToken);

    /// <summary>Starts an instance whose id the caller chose, so a record it writes in the same transaction can name it.</summary>
    public async Task<RuntimeOutcome> StartAsync(Guid definitionId, Guid instanceId, StartInstance start, string? actor, CancellationToken cancellationToken)
    {
        await using var transaction = await store.BeginAsync(cancellationToken);
        var instance = await transaction.CreateAsync(definitionId, instanceId, cancellationToken);
        return await RunAsync(transaction, instance, start, actor, cancellationToken);
    }

    public async Task<RuntimeOutcome> ApplyAsync(Guid instanceId, InstanceEvent @event, string? actor, Claim? claim, CancellationToken cancellationToken)
    {
        await using var transaction = await store.BeginAsync(cancellationToken);
        if (await transaction.LockAsync(instanceId, cancellationToken) is not { } instance)
            return new RuntimeOutcome(StepOutcome.Failed, instanceId, "missing", new StepError("not-found", $"Instance {instanceId} does not exist.", null));
        if (claim is not null && !await claim(cancellationToken))
            return new RuntimeOutcome(StepOutcome.Stale, instanceId, StatusOf(instance.State), null);
        return await RunAsync(transaction, instance, @event, actor, cancellationToken);
    }

    private async Task<RuntimeOutcome> RunAsync(IStepTransaction transaction, StoredInstance instance, InstanceEvent first, string? actor,
        CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var state = instance.State;
        var effects = new List<InstanceEffect>();
        var pending = new Queue<InstanceEvent>([first]);
        while (pending.TryDequeue(out var @event))
        {
            var result = interpreter.Step(instance.Definition, state, @event, now);
            if (result.Outcome == StepOutcome.Failed || (result.Outcome == StepOutcome.Stale && @event == first))
                return new RuntimeOutcome(result.Outcome, instance.Id, StatusOf(instance.State), result.Error);
            state = result.State;
            effects.AddRange(result.Effects);
            foreach (var request in result.EffectsOf<RunActivity>())
            {
                try
                {
                    pending.Enqueue(await activities.InvokeAsync(instance.Id, state.BusinessKey, actor, request, cancellationToken));
                }
                catch (ActivityFailedException e)
                {
                    return new RuntimeOutcome(StepOutcome.Failed, instance.Id, StatusOf(instance.State), new StepError("activity-failed", e.Message, e.NodeId));
                }
            }
            // A decision that cannot be evaluated comes back as FailActivity (an incident at the task), never as a failed step.
            foreach (var request in result.EffectsOf<EvaluateDecision>())
                pending.Enqueue(decisions is null
                    ? new FailActivity(request.JobId, $"Decision '{request.DecisionKey}' cannot be evaluated: this runtime has no decision repository.", 0)
                    : await decisions.EvaluateAsync(instance, request, cancellationToken));
        }
        await transaction.SaveAsync(new StepChanges(instance.Id, instance.Definition, state, first, effects, now, actor), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new RuntimeOutcome(StepOutcome.Ok, instance.Id, StatusOf(state), null)
        {
            OpenedTasks = effects.OfType<CreateUserTask>().Where(t => state.UserTasks.Exists(u => u.Id == t.TaskId)).ToList(),
        };
    }

    /// <summary>The status as the API spells it: "active", "completed", ...</summary>
    public static string StatusOf(InstanceState state) => state.Status.ToString().ToLowerInvariant();
}
