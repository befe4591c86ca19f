using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Workflows.Engine.Interpreting;
using Workflows.Engine.Model;
using Workflows.Host.Database;
using Workflows.Host.Incidents;
using Workflows.Host.Instances;
using Workflows.Host.Messages;
using Workflows.Host.Outbox;
using Workflows.Host.Timers;
using Workflows.Host.UserTasks;

namespace Workflows.Host.Persistence;

/// <summary>Writes a step's new state and its effects as rows, inside the step's transaction.</summary>
internal sealed class EffectWriter(WorkflowsDbContext db, InstanceEntity instance, DateTimeOffset now, string? actor)
{
    public async Task<List<TimerEntity>> WriteAsync(ProcessDefinition definition, InstanceState state, InstanceEvent first,
        IReadOnlyList<InstanceEffect> effects, CancellationToken ct)
    {
        instance.State = state.ToJson();
        instance.Variables = JsonSerializer.Serialize(state.Variables);
        instance.Status = state.Status.ToString().ToLowerInvariant();
        instance.BusinessKey = state.BusinessKey;
        if (state.Status is InstanceStatus.Completed or InstanceStatus.Cancelled) instance.EndedAt ??= now;
        instance.Revision++;

        // Tokens are rewritten and the journal appended with plain multi-row SQL: one round trip, no change tracking.
        var tokens = new RowWriter("workflows.tokens", "instance_id", "definition_id", "token_id", "node_id", "node_name", "status", "since");
        foreach (var t in state.Tokens)
            tokens.Add(instance.Id, instance.DefinitionId, t.Id, t.NodeId, definition.Nodes.GetValueOrDefault(t.NodeId)?.Name, t.Status.ToString().ToLowerInvariant(), t.Since);
        await tokens.WriteAsync(db, "DELETE FROM workflows.tokens WHERE instance_id = @instance", [new("instance", instance.Id)], ct);
        var journal = new RowWriter("workflows.journals", "instance_id", "at", "kind", "node_id", "message", "actor");
        if (first is CompleteUserTask completed)
            await db.Database.ExecuteSqlAsync($"""
                UPDATE workflows.user_tasks SET status = {UserTaskStatus.Completed}, ended_at = {now}, completed_by = {actor}
                WHERE instance_id = {instance.Id} AND local_id = {completed.TaskId}
                """, ct);

        var timers = new List<TimerEntity>();
        foreach (var effect in effects)
        {
            switch (effect)
            {
                case CreateUserTask task:
                    db.UserTasks.Add(new UserTaskEntity
                    {
                        Id = Guid.CreateVersion7(), InstanceId = instance.Id, DefinitionId = instance.DefinitionId, LocalId = task.TaskId, NodeId = task.NodeId, Name = task.Name,
                        Assignee = task.Assignee, CandidateGroups = [.. task.CandidateGroups], CandidateUsers = [.. task.CandidateUsers],
                        DueDate = task.DueDate, FollowUpDate = task.FollowUpDate, Priority = task.Priority, FormKey = task.FormKey,
                        Status = UserTaskStatus.Open, CreatedAt = now,
                    });
                    break;
                case CancelUserTask cancel:
                    await db.Database.ExecuteSqlAsync($"""
                        UPDATE workflows.user_tasks SET status = {UserTaskStatus.Cancelled}, ended_at = {now}
                        WHERE instance_id = {instance.Id} AND local_id = {cancel.TaskId} AND status = {UserTaskStatus.Open}
                        """, ct);
                    break;
                case ScheduleTimer timer:
                    timers.Add(NewTimer(TimerEntity.TimerKind, timer.TimerId, timer.NodeId, timer.DueAt));
                    break;
                case ScheduleJob job:
                    // Retries back off: 0 s for the first run, then 5 s, 10 s, ...
                    timers.Add(NewTimer(TimerEntity.ContinuationKind, job.JobId, job.NodeId, now.AddSeconds(5 * Math.Max(0, 3 - job.Retries))));
                    break;
                case CancelTimer timer:
                    await CancelScheduledAsync(timer.TimerId, ct);
                    break;
                case CancelJob job:
                    await CancelScheduledAsync(job.JobId, ct);
                    break;
                case SubscribeMessage subscribe:
                    db.Subscriptions.Add(new SubscriptionEntity
                    {
                        Id = Guid.CreateVersion7(), InstanceId = instance.Id, LocalId = subscribe.SubscriptionId, NodeId = subscribe.NodeId,
                        MessageName = subscribe.MessageName, BusinessKey = state.BusinessKey, CreatedAt = now,
                    });
                    break;
                case UnsubscribeMessage unsubscribe:
                    await db.Database.ExecuteSqlAsync(
                        $"DELETE FROM workflows.subscriptions WHERE instance_id = {instance.Id} AND local_id = {unsubscribe.SubscriptionId}", ct);
                    break;
                case RaiseIncident incident:
                    db.Incidents.Add(new IncidentEntity
                    {
                        Id = Guid.CreateVersion7(), InstanceId = instance.Id, LocalId = incident.IncidentId, NodeId = incident.NodeId,
                        Kind = incident.Kind.ToString(), Message = incident.Message, CreatedAt = now,
                    });
                    break;
                case ResolveIncident resolved:
                    await db.Database.ExecuteSqlAsync(
                        $"UPDATE workflows.incidents SET resolved_at = {now} WHERE instance_id = {instance.Id} AND local_id = {resolved.IncidentId} AND resolved_at IS NULL", ct);
                    break;
                case JournalEntry entry:
                    journal.Add(instance.Id, now, entry.Kind.ToString(), entry.NodeId, entry.Message, actor);
                    break;
                case SendMessage message:
                    db.Outbox.Add(new OutboxMessageEntity
                    {
                        Id = Guid.CreateVersion7(), InstanceId = instance.Id, Kind = "message:" + (message.MessageName ?? message.NodeId),
                        Payload = JsonSerializer.Serialize(message.Payload), CreatedAt = now,
                    });
                    break;
            }
        }
        db.Timers.AddRange(timers);
        await journal.WriteAsync(db, null, [], ct);
        return timers;
    }

    private Task<int> CancelScheduledAsync(long localId, CancellationToken ct) => db.Database.ExecuteSqlAsync(
        $"UPDATE workflows.timers SET cancelled_at = {now} WHERE instance_id = {instance.Id} AND local_id = {localId} AND fired_at IS NULL", ct);

    private TimerEntity NewTimer(string kind, long localId, string nodeId, DateTimeOffset dueAt) => new()
    {
        Id = Guid.CreateVersion7(), Kind = kind, InstanceId = instance.Id, LocalId = localId, NodeId = nodeId, DueAt = dueAt, CreatedAt = now,
    };
}
