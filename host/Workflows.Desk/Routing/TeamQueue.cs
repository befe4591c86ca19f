using Microsoft.EntityFrameworkCore;
using Workflows.Desk.Channels;
using Workflows.Desk.Database;

namespace Workflows.Desk.Routing;

/// <summary>
/// The heads of teams' queues of unassigned tasks, per channel kind (chats, or everything else), in the order every
/// automatic mode serves them: urgent first, then by SLA due time, then oldest. Per kind, because room for one is no
/// room for the other: a queue head of tickets must not hide the chat an agent has room for.
/// </summary>
public static class TeamQueue
{
    public const string Urgent = "urgent";

    /// <summary>
    /// Up to <paramref name="limit"/> tasks per team and kind, for every team in <paramref name="teamKeys"/>, in one
    /// statement: a round sees at once which teams have work and skips the rest.
    /// </summary>
    public static async Task<List<QueuedTask>> HeadsAsync(DeskDbContext desk, string[] teamKeys, int limit, CancellationToken ct) =>
        teamKeys.Length == 0 ? [] : (await desk.Database.SqlQueryRaw<QueueRow>($$"""
            SELECT team.key AS "TeamKey", q.task_id AS "TaskId", q.instance_id AS "InstanceId", kind.chat AS "Chat", q.urgent AS "Urgent",
                   q.case_category AS "Category", q.language AS "Language",
                   ARRAY(SELECT d.user_name FROM {{DeskTables.RoutingDeclines}} d WHERE d.task_id = q.task_id) AS "DeclinedBy"
            FROM unnest({0}::text[]) AS team(key)
            CROSS JOIN (VALUES (false), (true)) AS kind(chat)
            CROSS JOIN LATERAL (
                SELECT t.task_id, t.instance_id, t.case_priority = {3} AS urgent, t.case_category, customer.language
                FROM {{DeskTables.InboxTasks}} t
                LEFT JOIN {{DeskTables.Cases}} c ON c.id = t.case_id
                LEFT JOIN {{DeskTables.Customers}} customer ON customer.id = c.customer_id
                WHERE t.assignee IS NULL AND team.key = ANY(t.candidate_groups) AND (t.case_channel IS NOT DISTINCT FROM {2}) = kind.chat
                ORDER BY (t.case_priority IS NOT DISTINCT FROM {3}) DESC, t.sla_due_at ASC NULLS LAST, t.created_at
                LIMIT {1}) AS q
            ORDER BY team.key, kind.chat
            """, teamKeys, limit, ContactChannels.Chat, Urgent).ToListAsync(ct))
        .Select(r => new QueuedTask(r.TeamKey, r.TaskId, r.InstanceId, r.Chat, r.Urgent ?? false, r.Category, r.Language, r.DeclinedBy)).ToList();

    /// <summary>A queue head as the statement reads it.</summary>
    private sealed class QueueRow
    {
        public required string TeamKey { get; init; }
        public Guid TaskId { get; init; }
        public Guid InstanceId { get; init; }
        public bool Chat { get; init; }
        public bool? Urgent { get; init; }
        public string? Category { get; init; }
        public string? Language { get; init; }
        public string[] DeclinedBy { get; init; } = [];
    }
}
