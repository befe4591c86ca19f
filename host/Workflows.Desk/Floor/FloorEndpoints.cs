using Microsoft.EntityFrameworkCore;
using Workflows.Desk.Database;
using Workflows.Desk.Routing;
using Workflows.Desk.Support;
using Workflows.Server.Database;
using Workflows.Server.Identity;

namespace Workflows.Desk.Floor;

/// <summary>
/// <c>GET /api/manager/floor</c>: every active agent (offline ones too), their presence, their load — the open tasks
/// assigned to them, web chats counted as "chat" and every other channel as "ticket" — the capacity the routing
/// gives them (the largest of their automatically routed teams'; null when none of their teams is routed) and the
/// shift they are on now (null when they are not rostered now).
/// </summary>
public static class FloorEndpoints
{
    public sealed record Load(int Ticket, int Chat);
    public sealed record CurrentShift(string Team, string Name, DateTimeOffset StartsAt, DateTimeOffset EndsAt);
    public sealed record FloorAgent(string UserName, string DisplayName, string Presence, DateTimeOffset? Since, Load Load, Load? Capacity, CurrentShift? Shift);
    public sealed record FloorView(List<FloorAgent> Agents);

    public static void MapFloor(this RouteGroupBuilder manager) => manager.MapGet("/floor", async (ServerDbContext server, DeskDbContext desk, TimeProvider clock,
        CancellationToken ct) =>
    {
        var agents = await server.Users.AsNoTracking()
            .Where(u => u.Active && (u.Roles.Contains(Roles.Agent) || u.Roles.Contains(SupportRoles.RiskAnalyst) || server.TeamMembers.Any(m => m.UserId == u.Id)))
            .OrderBy(u => u.NormalizedUserName)
            .Select(u => new { u.UserName, u.DisplayName, Teams = server.TeamMembers.Where(m => m.UserId == u.Id).Join(server.Teams, m => m.TeamId, t => t.Id, (m, t) => t.Key).ToArray() })
            .ToListAsync(ct);
        var names = agents.Select(a => a.UserName).ToArray();
        var presence = await desk.AgentPresences.AsNoTracking().Where(p => names.Contains(p.UserName)).ToDictionaryAsync(p => p.UserName, ct);
        var loads = await RoutingFloor.LoadsAsync(desk, names, ct);
        var routings = await desk.TeamRoutings.AsNoTracking().Where(r => r.Mode != RoutingModes.Pull).ToDictionaryAsync(r => r.TeamKey, ct);
        var now = clock.GetUtcNow();
        var shifts = (await desk.RosterEntries.AsNoTracking().Where(r => names.Contains(r.UserName) && r.StartsAt <= now && r.EndsAt > now)
            .Join(desk.ShiftTemplates, r => r.ShiftId, s => s.Id, (r, s) => new { r.UserName, Shift = new CurrentShift(r.TeamKey, s.Name, r.StartsAt, r.EndsAt) })
            .ToListAsync(ct)).ToLookup(s => s.UserName, s => s.Shift);
        return new FloorView(agents.Select(a =>
        {
            var routed = a.Teams.Where(routings.ContainsKey).Select(t => routings[t]).ToList();
            return new FloorAgent(a.UserName, a.DisplayName, presence.GetValueOrDefault(a.UserName)?.Status ?? PresenceStatuses.Offline,
                presence.GetValueOrDefault(a.UserName)?.Since, new Load(loads.GetValueOrDefault((a.UserName, false)), loads.GetValueOrDefault((a.UserName, true))),
                routed.Count == 0 ? null : new Load(routed.Max(r => r.TicketCapacity), routed.Max(r => r.ChatCapacity)), shifts[a.UserName].FirstOrDefault());
        }).ToList());
    }).Produces<FloorView>();
}
