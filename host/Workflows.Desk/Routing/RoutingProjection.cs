using Workflows.Desk.Database;
using Workflows.Server.Database;
using Workflows.Server.Steps;

namespace Workflows.Desk.Routing;

/// <summary>
/// Keeps offers true to the tasks inside each step and task change: a closed task's offer and declines go, a claim
/// turns the offer into the agent's work (the offer row goes), someone else taking the task ends the offer. Wakes
/// the routing when a routed team's task opens, returns to its queue, or a task closes and frees room.
/// </summary>
internal sealed class RoutingProjection(RoutedTeams routed, RoutingSignal signal) : IStepParticipant
{
    public Task OnStepAsync(StepRecord step, SqlBatch batch, CancellationToken cancellationToken)
    {
        if (step.Ended)
        {
            batch.Add($"DELETE FROM {DeskTables.RoutingOffers} WHERE instance_id = $1", step.InstanceId);
            batch.Add($"DELETE FROM {DeskTables.RoutingDeclines} WHERE instance_id = $1", step.InstanceId);
        }
        else if (step.ClosedTasks.Count > 0)
        {
            batch.Add($"DELETE FROM {DeskTables.RoutingOffers} WHERE task_id = ANY($1)", step.ClosedTasks.ToArray());
            batch.Add($"DELETE FROM {DeskTables.RoutingDeclines} WHERE task_id = ANY($1)", step.ClosedTasks.ToArray());
        }
        // A closed task frees room only where some team is routed; without one, no host has a round to run.
        if ((step.ClosedTasks.Count > 0 && routed.Any) || step.OpenedTasks.Any(t => t.CandidateGroups.Any(routed.Contains))) signal.Send(batch);
        return Task.CompletedTask;
    }

    public Task OnTaskChangedAsync(TaskRecord task, SqlBatch batch, CancellationToken cancellationToken)
    {
        batch.Add($"DELETE FROM {DeskTables.RoutingOffers} WHERE task_id = $1 AND (user_name IS DISTINCT FROM $2 OR $3)", task.Id, task.Assignee,
            task.ClaimedAt is not null);
        if (task.Assignee is null && task.CandidateGroups.Any(routed.Contains)) signal.Send(batch);
        return Task.CompletedTask;
    }
}
