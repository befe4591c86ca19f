using Microsoft.EntityFrameworkCore;
using Npgsql;
using Workflows.Desk.Database;
using Workflows.Server.Database;
using Workflows.Server.Instances;

namespace Workflows.Desk.Manager.Process;

/// <summary>One instance waiting at a node, as the process view lists it when the node is clicked: longest wait first.</summary>
public sealed record NodeInstance(Guid InstanceId, string? BusinessKey, string Status, DateTimeOffset Since, Guid? CaseId, string? CaseNumber,
    string? Priority, DateTimeOffset? SlaDueAt)
{
    public static Task<List<NodeInstance>> AtAsync(DeskDbContext db, Guid[] definitionIds, string nodeId, int limit, CancellationToken ct) =>
        db.Database.SqlQueryRaw<NodeInstance>($"""
            SELECT k.instance_id AS "InstanceId", i.business_key AS "BusinessKey", k.status AS "Status", k.since AS "Since",
                   c.id AS "CaseId", c.number AS "CaseNumber", c.priority AS "Priority",
                   CASE WHEN c.first_responded_at IS NULL THEN c.first_response_due_at ELSE c.resolution_due_at END AS "SlaDueAt"
            FROM {ServerTables.Tokens} k
            JOIN {ServerTables.Instances} i ON i.id = k.instance_id
            LEFT JOIN {DeskTables.Cases} c ON c.instance_id = k.instance_id
            WHERE k.definition_id = ANY(@definitions) AND k.node_id = @node AND k.status NOT IN ('{TokenRowStatus.MultiInstanceBody}', '{TokenRowStatus.Listening}')
            ORDER BY k.since LIMIT @limit
            """, new NpgsqlParameter("definitions", definitionIds), new NpgsqlParameter("node", nodeId), new NpgsqlParameter("limit", limit))
            .ToListAsync(ct);
}
