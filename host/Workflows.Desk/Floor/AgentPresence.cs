using Microsoft.EntityFrameworkCore;
using Workflows.Desk.Database;
using Workflows.Desk.Routing;
using Workflows.Server.Database;

namespace Workflows.Desk.Floor;

/// <summary>Reads and sets agents' presence; setting the same status again keeps its "since". A change wakes the routing on every host.</summary>
public sealed class AgentPresence(DeskDbContext db, DatabaseSession session, RoutingSignal routing, TimeProvider clock)
{
    public sealed record Presence(string Status, DateTimeOffset? Since);

    public async Task<Presence> GetAsync(string userName, CancellationToken ct) =>
        await db.AgentPresences.AsNoTracking().Where(p => p.UserName == userName).Select(p => new Presence(p.Status, p.Since)).SingleOrDefaultAsync(ct)
        ?? new Presence(PresenceStatuses.Offline, null);

    public async Task<Presence> SetAsync(string userName, string status, CancellationToken ct)
    {
        var row = await db.AgentPresences.SingleOrDefaultAsync(p => p.UserName == userName, ct);
        // To the microsecond, as PostgreSQL keeps it: the answer now and a read later say the same time.
        var now = clock.GetUtcNow();
        now = now.AddTicks(-(now.Ticks % 10));
        if (row is null) db.AgentPresences.Add(row = new AgentPresenceEntity { UserName = userName, Status = status, Since = now });
        else if (row.Status != status) (row.Status, row.Since) = (status, now);
        else return new Presence(row.Status, row.Since);
        routing.Send(session.Batch); // an agent who comes online gets work at once; one who leaves gives offers back at once
        await session.SaveChangesAsync(ct);
        return new Presence(row.Status, row.Since);
    }
}
