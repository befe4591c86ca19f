using Microsoft.EntityFrameworkCore;
using Npgsql;
using Workflows.Server.Database;
using Workflows.Desk.Database;

namespace Workflows.Desk.Manager.Stuck;

/// <summary>
/// The stuck list: one query per reason, each walking its own partial index oldest first and stopping at the
/// page's end, then merged by age. A page costs the same with 1,000 or 1,000,000 cases behind it.
/// </summary>
public sealed record StuckQuery(string? Reason, int Page, int PageSize)
{
    private const string Columns = """
        "Reason", "Since", "InstanceId", "CaseId", "CaseNumber", "Priority", "TaskId", "IncidentId", "NodeId", "What", "Assignee", "Groups", "UsualSeconds"
        """;

    // The open task a breached case waits on, so the row can be reassigned or moved from the list.
    private const string OpenTaskOfCase = $"""
        LEFT JOIN LATERAL (SELECT u.task_id AS id, u.node_id, u.name, u.assignee, u.candidate_groups FROM {DeskTables.InboxTasks} u
                           WHERE u.instance_id = c.instance_id ORDER BY u.created_at LIMIT 1) t ON true
        """;

    /// <summary>
    /// A reason's rows. Its table, filter and order pick the oldest rows by their own index (all a count needs),
    /// keeping only <see cref="Keys"/>; the page's rows are then dressed by <see cref="Joins"/> on those keys,
    /// so a page never joins more rows than it shows. The desk's cases and open tasks are its own; incidents,
    /// tokens and definitions are read from the server's tables.
    /// </summary>
    private sealed record Source(string Table, string Where, string Order, string Keys, string Joins, string Select);

    private static readonly Dictionary<string, Source> Sources = new()
    {
        [StuckReasons.FirstResponseBreached] = new($"{DeskTables.Cases} c",
            "c.first_responded_at IS NULL AND c.closed_at IS NULL AND c.first_response_due_at < @now", "c.first_response_due_at", "c.id",
            $"JOIN {DeskTables.Cases} c ON c.id = s.id " + OpenTaskOfCase, $"""
            '{StuckReasons.FirstResponseBreached}', s.since, c.instance_id, c.id, c.number, c.priority,
            t.id, NULL::uuid, t.node_id, coalesce(t.name, c.subject), t.assignee, t.candidate_groups, NULL::float8
            """),
        [StuckReasons.ResolutionBreached] = new($"{DeskTables.Cases} c",
            "c.resolved_at IS NULL AND c.closed_at IS NULL AND c.waiting_since IS NULL AND c.resolution_due_at < @now", "c.resolution_due_at", "c.id",
            $"JOIN {DeskTables.Cases} c ON c.id = s.id " + OpenTaskOfCase, $"""
            '{StuckReasons.ResolutionBreached}', s.since, c.instance_id, c.id, c.number, c.priority,
            t.id, NULL::uuid, t.node_id, coalesce(t.name, c.subject), t.assignee, t.candidate_groups, NULL::float8
            """),
        [StuckReasons.Incident] = new($"{ServerTables.Incidents} i", "i.resolved_at IS NULL", "i.created_at", "i.id",
            $"JOIN {ServerTables.Incidents} i ON i.id = s.id LEFT JOIN {DeskTables.Cases} c ON c.instance_id = i.instance_id", """
            'incident', s.since, i.instance_id, c.id, c.number, c.priority, NULL::uuid, i.id, i.node_id, i.message, NULL, NULL::text[], NULL::float8
            """),
        [StuckReasons.Unclaimed] = new($"{DeskTables.InboxTasks} u",
            "u.assignee IS NULL AND u.created_at < @unclaimedBefore", "u.created_at", "u.task_id AS id",
            $"JOIN {DeskTables.InboxTasks} u ON u.task_id = s.id LEFT JOIN {DeskTables.Cases} c ON c.instance_id = u.instance_id", """
            'unclaimed', s.since, u.instance_id, c.id, c.number, c.priority, u.task_id, NULL::uuid, u.node_id, u.name, NULL, u.candidate_groups, NULL::float8
            """),
        [StuckReasons.Stalled] = new($"""
            {DeskTables.NodeWaitBaselines} b
            JOIN {ServerTables.Definitions} d ON d.key = b.definition_key
            JOIN {ServerTables.Tokens} k ON k.definition_id = d.id AND k.node_id = b.node_id AND k.status = 'waiting'
            """, "k.since < @now - make_interval(secs => greatest(b.p90_seconds * @stallFactor, @stallMinimum))", "k.since",
            "k.instance_id, k.token_id, b.p90_seconds",
            $"JOIN {ServerTables.Tokens} k ON k.instance_id = s.instance_id AND k.token_id = s.token_id LEFT JOIN {DeskTables.Cases} c ON c.instance_id = k.instance_id", """
            'stalled', s.since, k.instance_id, c.id, c.number, c.priority, NULL::uuid, NULL::uuid, k.node_id, coalesce(k.node_name, k.node_id),
            NULL, NULL::text[], s.p90_seconds
            """),
        // Overdue callbacks are taken out first and only then ordered: left to itself, PostgreSQL walks every open task by
        // due date looking for the few callbacks among them (12,000 rows read for a page at 1,000,000 cases).
        [StuckReasons.CallbackOverdue] = new($"""
            (SELECT x.task_id, x.due_date FROM {DeskTables.InboxTasks} x WHERE x.form_key = ANY(@callbackForms) AND x.due_date < @now OFFSET 0) u
            """, "true", "u.due_date", "u.task_id AS id",
            $"JOIN {DeskTables.InboxTasks} u ON u.task_id = s.id LEFT JOIN {DeskTables.Cases} c ON c.instance_id = u.instance_id", """
            'callback-overdue', s.since, u.instance_id, c.id, c.number, c.priority, u.task_id, NULL::uuid, u.node_id, u.name, u.assignee, u.candidate_groups, NULL::float8
            """),
    };

    public IEnumerable<string> Reasons => Reason is null ? StuckReasons.All : [Reason];

    public async Task<List<StuckRow>> RunAsync(DeskDbContext db, ManagerOptions options, DateTimeOffset now, CancellationToken ct)
    {
        var take = Page * PageSize;
        var parts = Reasons.Select(r => Sources[r]).Select(s =>
            $"SELECT {s.Select} FROM (SELECT {s.Order} AS since, {s.Keys} FROM {s.Table} WHERE {s.Where} ORDER BY {s.Order} LIMIT {take}) s {s.Joins}");
        var sql = $"""
            SELECT *, round(extract(epoch FROM @now - "Since"), 1)::float8 AS "AgeSeconds"
            FROM ({string.Join("\nUNION ALL\n", parts)}) AS stuck({Columns})
            ORDER BY "Since", "Reason" LIMIT {PageSize} OFFSET {take - PageSize}
            """;
        return await db.Database.SqlQueryRaw<StuckRow>(sql, Parameters(options, now)).ToListAsync(ct);
    }

    /// <summary>How many rows each reason has in all, for the list's tabs.</summary>
    public async Task<Dictionary<string, int>> CountAsync(DeskDbContext db, ManagerOptions options, DateTimeOffset now, CancellationToken ct)
    {
        var parts = StuckReasons.All.Select(r => $"SELECT '{r}' AS \"Reason\", (SELECT count(*)::int FROM {Sources[r].Table} WHERE {Sources[r].Where}) AS \"Count\"");
        var counts = await db.Database.SqlQueryRaw<ReasonCount>(string.Join("\nUNION ALL\n", parts), Parameters(options, now)).ToListAsync(ct);
        return counts.ToDictionary(c => c.Reason, c => c.Count);
    }

    private static object[] Parameters(ManagerOptions options, DateTimeOffset now) =>
    [
        new NpgsqlParameter("now", now),
        new NpgsqlParameter("unclaimedBefore", now - options.UnclaimedAfter),
        new NpgsqlParameter("stallFactor", options.StallFactor),
        new NpgsqlParameter("stallMinimum", options.StallMinimum.TotalSeconds),
        new NpgsqlParameter("callbackForms", options.CallbackForms.ToArray()),
    ];

    private sealed record ReasonCount(string Reason, int Count);
}
