using Microsoft.EntityFrameworkCore;
using Workflows.Server.Database;

namespace Workflows.Server.Instances;

/// <summary>Both directions of a call activity's link, for the instance view and the API: up to the caller, down to the children.</summary>
public static class CallLinks
{
    public sealed record CallerView(Guid InstanceId, string NodeId, string DefinitionKey, string Status);

    public sealed record ChildView(Guid Id, string NodeId, string DefinitionKey, int DefinitionVersion, string? BusinessKey, string Status,
        DateTimeOffset StartedAt, DateTimeOffset? EndedAt, int OpenIncidents);

    public static async Task<CallerView?> CallerAsync(ServerDbContext db, InstanceEntity instance)
    {
        if (instance.ParentInstanceId is not { } parent) return null;
        var caller = await db.Instances.AsNoTracking().Where(i => i.Id == parent).Select(i => new { i.DefinitionKey, i.Status }).SingleOrDefaultAsync();
        return new CallerView(parent, instance.ParentNodeId ?? "", caller?.DefinitionKey ?? "", caller?.Status ?? "missing");
    }

    public static async Task<List<ChildView>> ChildrenAsync(ServerDbContext db, Guid id) =>
        await db.Instances.AsNoTracking().Where(i => i.ParentInstanceId == id).OrderBy(i => i.StartedAt)
            .Select(i => new ChildView(i.Id, i.ParentNodeId ?? "", i.DefinitionKey, i.DefinitionVersion, i.BusinessKey, i.Status, i.StartedAt, i.EndedAt,
                db.Incidents.Count(x => x.InstanceId == i.Id && x.ResolvedAt == null)))
            .ToListAsync();
}
