using System.Text.Json;
using Workflows.Engine.Interpreting;
using Workflows.Engine.Model;
using Workflows.Server.Database;
using Workflows.Server.Instances;
using Workflows.Server.Steps;
using Workflows.Server.Timers;
using Workflows.Server.UserTasks;

namespace Workflows.Server.Persistence;

/// <summary>
/// Turns a step into statements of one batch: the instance row, its tokens, and a row per effect (tasks, timers,
/// subscriptions, incidents, journal, outbox). Nothing is read back; what participants learn of the step comes out
/// of the same pass.
/// </summary>
internal sealed class EffectWriter(SqlBatch batch, InstanceEntity instance, IReadOnlyList<Token>? tokensBefore, DateTimeOffset now, string? actor)
{
    private static readonly string OutboxInsert =
        $"INSERT INTO {ServerTables.Outbox} (id, instance_id, kind, payload, created_at, attempts) VALUES ($1, $2, $3, $4, $5, 0)";

    private static readonly string[] TokenColumns = ["instance_id", "definition_id", "token_id", "node_id", "node_name", "status", "since"];
    private static readonly string[] JournalColumns = ["instance_id", "at", "kind", "node_id", "message", "actor"];
    private static readonly string[] TaskColumns =
        ["id", "instance_id", "definition_id", "local_id", "node_id", "name", "assignee", "candidate_groups", "candidate_users", "due_date",
         "follow_up_date", "priority", "form_key", "status", "created_at"];
    private static readonly string[] TimerColumns = ["id", "kind", "instance_id", "local_id", "node_id", "due_at", "created_at"];

    public List<TimerEntity> Timers { get; } = [];
    public List<TaskRecord> OpenedTasks { get; } = [];
    public List<Guid> ClosedTasks { get; } = [];

    public void Write(ProcessDefinition definition, InstanceState state, InstanceEvent first, IReadOnlyList<InstanceEffect> effects)
    {
        WriteInstance(state);
        WriteTokens(definition, state);
        if (first is CompleteUserTask completed)
        {
            batch.Add($"UPDATE {ServerTables.UserTasks} SET status = $1, ended_at = $2, completed_by = $3 WHERE instance_id = $4 AND local_id = $5",
                UserTaskStatus.Completed, now, actor, instance.Id, completed.TaskId);
            Close(completed.TaskId);
        }

        var tasks = new List<object?[]>();
        var journal = new List<object?[]>();
        foreach (var effect in effects)
        {
            switch (effect)
            {
                case CreateUserTask task:
                    tasks.Add(NewTask(task));
                    break;
                case CancelUserTask cancel:
                    batch.Add($"UPDATE {ServerTables.UserTasks} SET status = $1, ended_at = $2 WHERE instance_id = $3 AND local_id = $4 AND status = $5",
                        UserTaskStatus.Cancelled, now, instance.Id, cancel.TaskId, UserTaskStatus.Open);
                    Close(cancel.TaskId);
                    break;
                case ScheduleTimer timer:
                    Timers.Add(NewTimer(TimerEntity.TimerKind, timer.TimerId, timer.NodeId, timer.DueAt));
                    break;
                case ScheduleJob job:
                    // Retries back off: 0 s for the first run, then 5 s, 10 s, ...
                    Timers.Add(NewTimer(TimerEntity.ContinuationKind, job.JobId, job.NodeId, now.AddSeconds(5 * Math.Max(0, 3 - job.Retries))));
                    break;
                case CancelTimer timer:
                    CancelScheduled(timer.TimerId);
                    break;
                case CancelJob job:
                    CancelScheduled(job.JobId);
                    break;
                case SubscribeMessage subscribe:
                    batch.Add($"""
                        INSERT INTO {ServerTables.Subscriptions} (id, instance_id, local_id, node_id, message_name, business_key, created_at, signal)
                        VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
                        """, Guid.CreateVersion7(), instance.Id, subscribe.SubscriptionId, subscribe.NodeId, subscribe.MessageName, state.BusinessKey, now, subscribe.Signal);
                    break;
                case UnsubscribeMessage unsubscribe:
                    batch.Add($"DELETE FROM {ServerTables.Subscriptions} WHERE instance_id = $1 AND local_id = $2", instance.Id, unsubscribe.SubscriptionId);
                    break;
                case RaiseIncident incident:
                    batch.Add($"""
                        INSERT INTO {ServerTables.Incidents} (id, instance_id, local_id, node_id, kind, message, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
                        """, Guid.CreateVersion7(), instance.Id, incident.IncidentId, incident.NodeId, incident.Kind.ToString(), incident.Message, now);
                    break;
                case ResolveIncident resolved:
                    batch.Add($"UPDATE {ServerTables.Incidents} SET resolved_at = $1 WHERE instance_id = $2 AND local_id = $3 AND resolved_at IS NULL",
                        now, instance.Id, resolved.IncidentId);
                    break;
                case JournalEntry entry:
                    journal.Add([instance.Id, now, entry.Kind.ToString(), entry.NodeId, entry.Message, actor]);
                    break;
                case BroadcastSignal signal:
                    // Delivered after commit by the outbox (Signals/SignalOutboxSender): each receiver steps in its own transaction.
                    batch.Add(OutboxInsert, Guid.CreateVersion7(), instance.Id, Signals.SignalOutboxSender.Kind,
                        SqlBatch.Json(JsonSerializer.Serialize(new Signals.SignalPayload(signal.SignalName, signal.Variables))), now);
                    break;
                case StartChild or CancelChild or NotifyCaller:
                    // Another instance's step, after this one commits (Calls/CallOutboxSender); the start's row id becomes the child's id.
                    batch.Add(OutboxInsert, Guid.CreateVersion7(), instance.Id, Calls.CallOutboxSender.Kind,
                        SqlBatch.Json(Calls.CallPayload.Serialize(instance.Id, instance.DefinitionId, effect)), now);
                    break;
                case DecisionEvaluated evaluated:
                    DecisionHistory.Add(batch, Decisions.DecisionRepository.History(evaluated.Outcome, instance.Id, evaluated.NodeId, actor, now));
                    break;
                case SendMessage message:
                    batch.Add(OutboxInsert, Guid.CreateVersion7(), instance.Id, "message:" + (message.MessageName ?? message.NodeId),
                        SqlBatch.Json(JsonSerializer.Serialize(message.Payload)), now);
                    break;
            }
        }
        batch.Insert(ServerTables.UserTasks, TaskColumns, tasks);
        batch.Insert(ServerTables.Timers, TimerColumns, Timers.Select(t => new object?[] { t.Id, t.Kind, t.InstanceId, t.LocalId, t.NodeId, t.DueAt, t.CreatedAt }).ToList());
        batch.Insert(ServerTables.Journal, JournalColumns, journal);
        // A task opened and closed within one step (an interrupting boundary event at once) is open for nobody.
        OpenedTasks.RemoveAll(t => ClosedTasks.Contains(t.Id));
    }

    /// <summary>
    /// Only the tokens the step added, changed or removed: a multi-instance body holds a token per inner instance, and
    /// rewriting a thousand unchanged rows per completion cost more than the rest of the step.
    /// </summary>
    private void WriteTokens(ProcessDefinition definition, InstanceState state)
    {
        var tokens = state.Tokens;
        // A multi-instance body waits at its node beside its inner instances: its row says so, so counts per node can tell them apart.
        var bodies = state.Scopes.Where(s => s.Body is not null).Select(s => s.ParentTokenId).ToHashSet();
        var before = tokensBefore?.ToDictionary(t => t.Id) ?? [];
        var written = new List<Token>();
        var gone = new List<long>();
        foreach (var token in tokens)
        {
            if (!before.Remove(token.Id, out var was)) written.Add(token);
            else if (was.Status != token.Status || was.Since != token.Since || was.NodeId != token.NodeId)
            {
                gone.Add(token.Id);
                written.Add(token);
            }
        }
        gone.AddRange(before.Keys);
        if (gone.Count > 0) batch.Add($"DELETE FROM {ServerTables.Tokens} WHERE instance_id = $1 AND token_id = ANY($2)", instance.Id, gone.ToArray());
        batch.Insert(ServerTables.Tokens, TokenColumns, written.Select(t => new object?[]
        {
            instance.Id, instance.DefinitionId, t.Id, t.NodeId, definition.Nodes.GetValueOrDefault(t.NodeId)?.Name,
            bodies.Contains(t.Id) ? TokenRowStatus.MultiInstanceBody : t.Status.ToString().ToLowerInvariant(), t.Since,
        }).ToList());
    }

    private void WriteInstance(InstanceState state)
    {
        var status = state.Status.ToString().ToLowerInvariant();
        DateTimeOffset? ended = state.Status is InstanceStatus.Completed or InstanceStatus.Cancelled ? now : null;
        var (json, variables) = (SqlBatch.Json(state.ToJson()), SqlBatch.Json(JsonSerializer.Serialize(state.Variables)));
        if (tokensBefore is null)
            batch.Add($"""
                INSERT INTO {ServerTables.Instances}
                    (id, definition_id, definition_key, definition_version, business_key, status, state, variables, started_at, ended_at, revision,
                     parent_instance_id, parent_call_id, parent_node_id)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 1, $11, $12, $13)
                """, instance.Id, instance.DefinitionId, instance.DefinitionKey, instance.DefinitionVersion, state.BusinessKey, status, json, variables,
                instance.StartedAt, ended, state.Caller?.InstanceId, state.Caller?.CallId, state.Caller?.NodeId);
        else
            batch.Add($"""
                UPDATE {ServerTables.Instances}
                SET state = $1, variables = $2, status = $3, business_key = $4, ended_at = coalesce(ended_at, $5), revision = revision + 1
                WHERE id = $6
                """, json, variables, status, state.BusinessKey, ended, instance.Id);
    }

    private object?[] NewTask(CreateUserTask task)
    {
        var id = UserTaskIds.For(instance.Id, task.TaskId);
        string[] groups = [.. task.CandidateGroups], users = [.. task.CandidateUsers];
        OpenedTasks.Add(new TaskRecord(id, instance.Id, instance.DefinitionId, task.NodeId, task.Name, task.Assignee, groups, users, task.DueDate,
            task.Priority, task.FormKey, now, null));
        return [id, instance.Id, instance.DefinitionId, task.TaskId, task.NodeId, task.Name, task.Assignee, groups, users, task.DueDate,
            task.FollowUpDate, task.Priority, task.FormKey, UserTaskStatus.Open, now];
    }

    private void Close(long localId) => ClosedTasks.Add(UserTaskIds.For(instance.Id, localId));

    private void CancelScheduled(long localId) => batch.Add(
        $"UPDATE {ServerTables.Timers} SET cancelled_at = $1 WHERE instance_id = $2 AND local_id = $3 AND fired_at IS NULL", now, instance.Id, localId);

    private TimerEntity NewTimer(string kind, long localId, string nodeId, DateTimeOffset dueAt) => new()
    {
        Id = Guid.CreateVersion7(), Kind = kind, InstanceId = instance.Id, LocalId = localId, NodeId = nodeId, DueAt = dueAt, CreatedAt = now,
    };
}
