using Microsoft.EntityFrameworkCore;
using Npgsql;
using Workflows.Host.Database;

namespace Workflows.Host.Manager.Stuck;

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
    private const string OpenTaskOfCase = """
        LEFT JOIN LATERAL (SELECT u.id, u.node_id, u.name, u.assignee, u.candidate_groups FROM workflows.user_tasks u
                           WHERE u.instance_id = c.instance_id AND u.status = 'open' ORDER BY u.created_at LIMIT 1) t ON true
        """;

    /// <summary>A reason's rows: what it selects, its table and filter (all a count needs), and the joins that dress a row.</summary>
    private sealed record Source(string Select, string Table, string Joins, string Where, string Order);

    private static readonly Dictionary<string, Source> Sources = new()
    {
        [StuckReasons.FirstResponseBreached] = new($"""
            SELECT '{StuckReasons.FirstResponseBreached}', c.first_response_due_at, c.instance_id, c.id, c.number, c.priority,
                   t.id, NULL::uuid, t.node_id, coalesce(t.name, c.subject), t.assignee, t.candidate_groups, NULL::float8
            """, "workflows.cases c", OpenTaskOfCase,
            "c.first_responded_at IS NULL AND c.closed_at IS NULL AND c.first_response_due_at < @now", "c.first_response_due_at"),
        [StuckReasons.ResolutionBreached] = new($"""
            SELECT '{StuckReasons.ResolutionBreached}', c.resolution_due_at, c.instance_id, c.id, c.number, c.priority,
                   t.id, NULL::uuid, t.node_id, coalesce(t.name, c.subject), t.assignee, t.candidate_groups, NULL::float8
            """, "workflows.cases c", OpenTaskOfCase,
            "c.resolved_at IS NULL AND c.closed_at IS NULL AND c.waiting_since IS NULL AND c.resolution_due_at < @now", "c.resolution_due_at"),
        [StuckReasons.Incident] = new("""
            SELECT 'incident', i.created_at, i.instance_id, c.id, c.number, c.priority,
                   NULL::uuid, i.id, i.node_id, i.message, NULL, NULL::text[], NULL::float8
            """, "workflows.incidents i", "LEFT JOIN workflows.cases c ON c.instance_id = i.instance_id",
            "i.resolved_at IS NULL", "i.created_at"),
        [StuckReasons.Unclaimed] = new("""
            SELECT 'unclaimed', u.created_at, u.instance_id, c.id, c.number, c.priority,
                   u.id, NULL::uuid, u.node_id, u.name, NULL, u.candidate_groups, NULL::float8
            """, "workflows.user_tasks u", "LEFT JOIN workflows.cases c ON c.instance_id = u.instance_id",
            "u.status = 'open' AND u.assignee IS NULL AND u.created_at < @unclaimedBefore", "u.created_at"),
        [StuckReasons.Stalled] = new("""
            SELECT 'stalled', k.since, k.instance_id, c.id, c.number, c.priority,
                   NULL::uuid, NULL::uuid, k.node_id, coalesce(k.node_name, k.node_id), NULL, NULL::text[], b.p90_seconds
            """, """
            workflows.node_wait_baselines b
            JOIN workflows.definitions d ON d.key = b.definition_key
            JOIN workflows.tokens k ON k.definition_id = d.id AND k.node_id = b.node_id AND k.status = 'waiting'
            """, "LEFT JOIN workflows.cases c ON c.instance_id = k.instance_id",
            "k.since < @now - make_interval(secs => greatest(b.p90_seconds * @stallFactor, @stallMinimum))", "k.since"),
        [StuckReasons.CallbackOverdue] = new("""
            SELECT 'callback-overdue', u.due_date, u.instance_id, c.id, c.number, c.priority,
                   u.id, NULL::uuid, u.node_id, u.name, u.assignee, u.candidate_groups, NULL::float8
            """, "workflows.user_tasks u", "LEFT JOIN workflows.cases c ON c.instance_id = u.instance_id",
            "u.status = 'open' AND u.form_key = ANY(@callbackForms) AND u.due_date < @now", "u.due_date"),
    };

    public IEnumerable<string> Reasons => Reason is null ? StuckReasons.All : [Reason];

    public async Task<List<StuckRow>> RunAsync(WorkflowsDbContext db, ManagerOptions options, DateTimeOffset now, CancellationToken ct)
    {
        var take = Page * PageSize;
        var parts = Reasons.Select(r => Sources[r]).Select(s => $"({s.Select} FROM {s.Table} {s.Joins} WHERE {s.Where} ORDER BY {s.Order} LIMIT {take})");
        var sql = $"""
            SELECT *, round(extract(epoch FROM @now - "Since"), 1)::float8 AS "AgeSeconds"
            FROM ({string.Join("\nUNION ALL\n", parts)}) AS stuck({Columns})
            ORDER BY "Since", "Reason" LIMIT {PageSize} OFFSET {take - PageSize}
            """;
        return await db.Database.SqlQueryRaw<StuckRow>(sql, Parameters(options, now)).ToListAsync(ct);
    }

    /// <summary>How many rows each reason has in all, for the list's tabs.</summary>
    public async Task<Dictionary<string, int>> CountAsync(WorkflowsDbContext db, ManagerOptions options, DateTimeOffset now, CancellationToken ct)
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
