namespace Workflows.Engine.Runtime;

/// <summary>
/// One step's unit of work: lock or create the instance, gather every change of the step, commit once.
/// Disposing it without <see cref="CommitAsync"/> rolls everything back to the last wait state.
/// </summary>
public interface IStepTransaction : IAsyncDisposable
{
    /// <summary>A new, not yet started instance <paramref name="instanceId"/> of the published version <paramref name="definitionId"/>.</summary>
    Task<StoredInstance> CreateAsync(Guid definitionId, Guid instanceId, CancellationToken cancellationToken);

    /// <summary>The instance, locked until the transaction ends; null when it does not exist.</summary>
    Task<StoredInstance?> LockAsync(Guid instanceId, CancellationToken cancellationToken);

    /// <summary>Writes the step's new state and its effects (tasks, timers, subscriptions, journal, outbox).</summary>
    Task SaveAsync(StepChanges changes, CancellationToken cancellationToken);

    /// <summary>Commits, then schedules the wake-ups the step created: a timer job exists only for a committed step.</summary>
    Task CommitAsync(CancellationToken cancellationToken);
}
