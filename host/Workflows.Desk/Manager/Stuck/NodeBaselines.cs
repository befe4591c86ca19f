using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using Workflows.Engine.Model;
using Workflows.Server.Database;
using Workflows.Desk.Database;
using Workflows.Server.Persistence;

namespace Workflows.Desk.Manager.Stuck;

/// <summary>
/// The recurring roll-up behind silent stalls: from the newest journal entries it measures how long each
/// message, timer and event-gateway wait took (entered → message received, timer fired or gateway left) and
/// stores the median and p90 per process and node. Reading a bounded window keeps the job's cost flat.
/// </summary>
public sealed class NodeBaselines(DeskDbContext db, ServerDbContext server, DefinitionCache definitions, IOptions<ManagerOptions> options, TimeProvider clock,
    ILogger<NodeBaselines> logger)
{
    public async Task<int> RefreshAsync(CancellationToken ct)
    {
        var (keys, nodes) = await WaitNodesAsync(ct);
        if (keys.Count == 0) return 0;
        var settings = options.Value;
        var updated = await db.Database.ExecuteSqlRawAsync($"""
            WITH wait_nodes AS (SELECT * FROM unnest(@keys, @nodes) AS w(definition_key, node_id)),
            left_waits AS (
                SELECT j.id, j.instance_id, j.node_id, j.at FROM {ServerTables.Journal} j
                WHERE j.id > (SELECT coalesce(max(id), 0) FROM {ServerTables.Journal}) - @window
                  AND j.kind IN ('MessageReceived', 'TimerFired', 'NodeLeft') AND j.node_id = ANY(@nodes)),
            waits AS (
                SELECT i.definition_key, l.node_id, extract(epoch FROM l.at - e.at)::float8 AS seconds
                FROM left_waits l
                JOIN {ServerTables.Instances} i ON i.id = l.instance_id
                JOIN wait_nodes w ON w.definition_key = i.definition_key AND w.node_id = l.node_id
                CROSS JOIN LATERAL (SELECT e.at FROM {ServerTables.Journal} e
                                    WHERE e.instance_id = l.instance_id AND e.id < l.id AND e.kind = 'NodeEntered' AND e.node_id = l.node_id
                                    ORDER BY e.id DESC LIMIT 1) e)
            INSERT INTO {DeskTables.NodeWaitBaselines} AS b (definition_key, node_id, samples, p50_seconds, p90_seconds, updated_at)
            SELECT definition_key, node_id, count(*), percentile_cont(0.5) WITHIN GROUP (ORDER BY seconds),
                   percentile_cont(0.9) WITHIN GROUP (ORDER BY seconds), @now
            FROM waits GROUP BY definition_key, node_id HAVING count(*) >= @minSamples
            ON CONFLICT (definition_key, node_id) DO UPDATE
                SET samples = excluded.samples, p50_seconds = excluded.p50_seconds, p90_seconds = excluded.p90_seconds, updated_at = excluded.updated_at
            """,
            [
                new NpgsqlParameter("keys", keys.ToArray()), new NpgsqlParameter("nodes", nodes.ToArray()),
                new NpgsqlParameter("window", (long)settings.BaselineJournalWindow), new NpgsqlParameter("minSamples", (long)settings.StallMinSamples),
                new NpgsqlParameter("now", clock.GetUtcNow()),
            ], ct);
        logger.LogInformation("Usual waits refreshed for {Nodes} node(s).", updated);
        return updated;
    }

    /// <summary>Every published version's waits on a message or a timer, as (process key, node id) pairs.</summary>
    private async Task<(List<string> Keys, List<string> Nodes)> WaitNodesAsync(CancellationToken ct)
    {
        var pairs = new HashSet<(string, string)>();
        foreach (var id in await server.Definitions.AsNoTracking().Select(d => d.Id).ToListAsync(ct))
        {
            var (entity, parsed) = await definitions.GetAsync(server, id, ct);
            foreach (var node in parsed.Nodes.Values.Where(IsWait)) pairs.Add((entity.Key, node.Id));
        }
        return (pairs.Select(p => p.Item1).ToList(), pairs.Select(p => p.Item2).ToList());
    }

    private static bool IsWait(FlowNodeDefinition node) =>
        node is IntermediateCatchEventDefinition or ReceiveTaskDefinition or EventBasedGatewayDefinition;
}
