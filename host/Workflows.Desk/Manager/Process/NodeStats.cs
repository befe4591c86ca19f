using Microsoft.EntityFrameworkCore;
using Npgsql;
using Workflows.Server.Database;
using Workflows.Server.Instances;
using Workflows.Desk.Database;

namespace Workflows.Desk.Manager.Process;

/// <summary>
/// What the process view draws on one node: instances waiting there now, how long they have waited, and breaches. At a
/// multi-instance node, <see cref="Waiting"/> counts its inner instances and <see cref="MultiInstanceBodies"/> the bodies holding them.
/// </summary>
public sealed record NodeStats(string NodeId, int Waiting, double AverageWaitSeconds, double LongestWaitSeconds, int Incidents, int Breaches,
    int MultiInstanceBodies = 0)
{
    /// <summary>
    /// Two index-only reads, over one version or several: the server's tokens by (definition, node, since) for counts and waits, and the desk's
    /// open tasks by (definition, SLA target) for breaches. Neither touches instances or cases.
    /// </summary>
    public static async Task<List<NodeStats>> ForDefinitionsAsync(DeskDbContext db, Guid[] definitionIds, DateTimeOffset now, CancellationToken ct)
    {
        var waits = await db.Database.SqlQueryRaw<Wait>($"""
            SELECT k.node_id AS "NodeId", (count(*) FILTER (WHERE k.status <> '{TokenRowStatus.MultiInstanceBody}'))::int AS "Waiting",
                   coalesce(avg(extract(epoch FROM @now - k.since)), 0)::float8 AS "Average",
                   coalesce(extract(epoch FROM @now - min(k.since)), 0)::float8 AS "Longest",
                   (count(*) FILTER (WHERE k.status = 'incident'))::int AS "Incidents",
                   (count(*) FILTER (WHERE k.status = '{TokenRowStatus.MultiInstanceBody}'))::int AS "Bodies"
            FROM {ServerTables.Tokens} k WHERE k.definition_id = ANY(@definitions) AND k.status <> '{TokenRowStatus.Listening}'
            GROUP BY k.node_id
            """, new NpgsqlParameter("now", now), new NpgsqlParameter("definitions", definitionIds)).ToListAsync(ct);
        var breaches = await db.Database.SqlQueryRaw<Breach>($"""
            SELECT u.node_id AS "NodeId", count(*)::int AS "Count" FROM {DeskTables.InboxTasks} u
            WHERE u.definition_id = ANY(@definitions) AND u.sla_due_at < @now
            GROUP BY u.node_id
            """, new NpgsqlParameter("now", now), new NpgsqlParameter("definitions", definitionIds)).ToDictionaryAsync(b => b.NodeId, b => b.Count, ct);
        return waits.Select(w => new NodeStats(w.NodeId, w.Waiting, Math.Round(w.Average, 1), Math.Round(w.Longest, 1), w.Incidents,
            breaches.GetValueOrDefault(w.NodeId), w.Bodies)).OrderBy(s => s.NodeId, StringComparer.Ordinal).ToList();
    }

    private sealed record Wait(string NodeId, int Waiting, double Average, double Longest, int Incidents, int Bodies);
    private sealed record Breach(string NodeId, int Count);
}
