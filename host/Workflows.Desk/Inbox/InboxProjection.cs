using Workflows.Desk.Database;
using Workflows.Server.Database;
using Workflows.Server.Steps;

namespace Workflows.Desk.Inbox;

/// <summary>
/// Keeps the desk's open tasks in step with the server, inside each step's transaction and in its one batch: tasks
/// the step opened are added, tasks it closed removed, and the instance's rows take their case's fields as the step
/// left them (an activity may have answered the customer or changed the priority). A change people make to a task
/// (claim, assign, move) is copied the same way.
/// </summary>
internal sealed class InboxProjection : IStepParticipant
{
    private static readonly string[] Columns =
        ["task_id", "instance_id", "definition_id", "node_id", "name", "candidate_groups", "candidate_users", "assignee", "claimed_at", "priority",
         "due_date", "form_key", "created_at"];

    public Task OnStepAsync(StepRecord step, SqlBatch batch, CancellationToken cancellationToken)
    {
        if (step.Ended)
            batch.Add($"DELETE FROM {DeskTables.InboxTasks} WHERE instance_id = $1", step.InstanceId);
        else if (step.ClosedTasks.Count > 0)
            batch.Add($"DELETE FROM {DeskTables.InboxTasks} WHERE task_id = ANY($1)", step.ClosedTasks.ToArray());
        if (step.Ended) return Task.CompletedTask;
        batch.Insert(DeskTables.InboxTasks, Columns, step.OpenedTasks.Select(t => new object?[]
        {
            t.Id, t.InstanceId, t.DefinitionId, t.NodeId, t.Name, t.CandidateGroups, t.CandidateUsers, t.Assignee, t.ClaimedAt, t.Priority, t.DueDate,
            t.FormKey, t.CreatedAt,
        }).ToList());
        batch.Add($"""
            UPDATE {DeskTables.InboxTasks} t
            SET case_id = c.id, case_channel = c.channel, case_category = c.category, case_priority = c.priority,
                sla_due_at = CASE WHEN c.first_responded_at IS NULL THEN c.first_response_due_at ELSE c.resolution_due_at END
            FROM {DeskTables.Cases} c
            WHERE t.instance_id = $1 AND c.instance_id = $1
              AND (t.case_id IS NULL OR t.case_channel IS DISTINCT FROM c.channel OR t.case_category IS DISTINCT FROM c.category
                   OR t.case_priority IS DISTINCT FROM c.priority
                   OR t.sla_due_at IS DISTINCT FROM CASE WHEN c.first_responded_at IS NULL THEN c.first_response_due_at ELSE c.resolution_due_at END)
            """, step.InstanceId);
        return Task.CompletedTask;
    }

    public Task OnTaskChangedAsync(TaskRecord task, SqlBatch batch, CancellationToken cancellationToken)
    {
        batch.Add($"""
            UPDATE {DeskTables.InboxTasks} SET assignee = $2, claimed_at = $3, candidate_groups = $4, candidate_users = $5 WHERE task_id = $1
            """, task.Id, task.Assignee, task.ClaimedAt, task.CandidateGroups, task.CandidateUsers);
        return Task.CompletedTask;
    }
}
