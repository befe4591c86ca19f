using Workflows.Server.Database;
using Workflows.Server.Steps;

namespace Workflows.Desk.Live;

/// <summary>Every step and every change to a task tells the live feed, in the step's own batch: it arrives when the step commits.</summary>
internal sealed class LiveProjection : IStepParticipant
{
    public Task OnStepAsync(StepRecord step, SqlBatch batch, CancellationToken cancellationToken)
    {
        LiveSignal.Send(batch, step.InstanceId);
        return Task.CompletedTask;
    }

    public Task OnTaskChangedAsync(TaskRecord task, SqlBatch batch, CancellationToken cancellationToken)
    {
        LiveSignal.Send(batch, task.InstanceId);
        return Task.CompletedTask;
    }
}
