using Workflows.Desk.Database;
using Workflows.Server.Database;
using Workflows.Server.Steps;

namespace Workflows.Desk.Cases;

/// <summary>
/// A case closes when its instance is cancelled (by a manager, or through the server's API), in the cancelling
/// step's transaction, so neither happens without the other. The cancellation's reason becomes the case's
/// resolution unless it has one.
/// </summary>
internal sealed class CaseClosing : IStepParticipant
{
    public Task OnStepAsync(StepRecord step, SqlBatch batch, CancellationToken cancellationToken)
    {
        if (step is { Ended: true, Status: "cancelled" })
            batch.Add($"""
                UPDATE {DeskTables.Cases} SET status = $2, closed_at = $3, resolution = coalesce(resolution, $4)
                WHERE instance_id = $1 AND closed_at IS NULL
                """, step.InstanceId, CaseStatuses.Closed, step.At, step.EndReason ?? "Cancelled.");
        return Task.CompletedTask;
    }
}
