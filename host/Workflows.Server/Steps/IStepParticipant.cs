using Workflows.Server.Database;

namespace Workflows.Server.Steps;

/// <summary>
/// A module that keeps records of its own in step with the engine (the desk: its inbox, its cases). It is called
/// inside the transaction of every step and of every change people make to an open task, before that transaction's
/// writes go out: it adds statements to the batch, or changes entities its own DbContext tracks, and both commit
/// with the step or not at all. No trigger and no foreign column on the server's tables: this is the whole contract.
/// </summary>
public interface IStepParticipant
{
    Task OnStepAsync(StepRecord step, SqlBatch batch, CancellationToken cancellationToken);

    /// <summary>Someone claimed, unclaimed, assigned, delegated or moved an open task; <paramref name="task"/> is how it is now.</summary>
    Task OnTaskChangedAsync(TaskRecord task, SqlBatch batch, CancellationToken cancellationToken) => Task.CompletedTask;
}
