using Microsoft.EntityFrameworkCore;
using Workflows.Desk.Database;
using Workflows.Server.Database;
using Workflows.Server.Problems;

namespace Workflows.Desk.Manager.Process;

/// <summary>
/// The process view's API: who waits on each node, and the instances at one node. Without a version it counts every
/// version of the process (what a manager asks first: where are cases stuck now), node by node id; with one, that
/// version alone.
/// </summary>
public static class ProcessViewEndpoints
{
    /// <summary>A process's nodes with what waits there; <c>Version</c> is null when every version is counted.</summary>
    public sealed record ProcessNodes(string Key, int? Version, IReadOnlyList<NodeStats> Nodes);

    public static void MapProcessView(this RouteGroupBuilder group)
    {
        group.MapGet("/processes/{key}/nodes", (string key, DeskDbContext db, ServerDbContext server, TimeProvider clock, CancellationToken ct) =>
            NodesAsync(key, null, db, server, clock, ct)).Produces<ProcessNodes>();
        group.MapGet("/processes/{key}/versions/{version:int}/nodes", (string key, int version, DeskDbContext db, ServerDbContext server, TimeProvider clock,
            CancellationToken ct) => NodesAsync(key, version, db, server, clock, ct)).Produces<ProcessNodes>();
        group.MapGet("/processes/{key}/nodes/{nodeId}/instances", (string key, string nodeId, DeskDbContext db, ServerDbContext server,
            CancellationToken ct, int limit = 100) => InstancesAsync(key, null, nodeId, limit, db, server, ct)).Produces<List<NodeInstance>>();
        group.MapGet("/processes/{key}/versions/{version:int}/nodes/{nodeId}/instances", (string key, int version, string nodeId, DeskDbContext db,
            ServerDbContext server, CancellationToken ct, int limit = 100) => InstancesAsync(key, version, nodeId, limit, db, server, ct)).Produces<List<NodeInstance>>();
    }

    private static async Task<IResult> NodesAsync(string key, int? version, DeskDbContext db, ServerDbContext server, TimeProvider clock, CancellationToken ct) =>
        await DefinitionsAsync(server, key, version, ct) is not { Length: > 0 } ids ? NotFound(key, version)
        : Results.Ok(new ProcessNodes(key, version, await NodeStats.ForDefinitionsAsync(db, ids, clock.GetUtcNow(), ct)));

    private static async Task<IResult> InstancesAsync(string key, int? version, string nodeId, int limit, DeskDbContext db, ServerDbContext server,
        CancellationToken ct) =>
        limit is < 1 or > 500 ? Problem.Field("limit", "limit must be between 1 and 500.")
        : await DefinitionsAsync(server, key, version, ct) is not { Length: > 0 } ids ? NotFound(key, version)
        : Results.Ok(await NodeInstance.AtAsync(db, ids, nodeId, limit, ct));

    private static Task<Guid[]> DefinitionsAsync(ServerDbContext db, string key, int? version, CancellationToken ct) =>
        db.Definitions.AsNoTracking().Where(d => d.Key == key && (version == null || d.Version == version)).Select(d => d.Id).ToArrayAsync(ct);

    private static IResult NotFound(string key, int? version) => Problem.NotFound(version is null ? $"Process '{key}'" : $"Version {version} of '{key}'");
}
