using Microsoft.EntityFrameworkCore;
using Workflows.Desk.Database;
using Workflows.Desk.Support;
using Workflows.Server.Database;
using Workflows.Server.Identity;

namespace Workflows.Desk.Floor;

/// <summary>
/// <c>GET /api/manager/floor</c>: every active agent (offline ones too), their presence and their load — the open
/// tasks assigned to them, web chats counted as "chat" and every other channel as "ticket". Capacities and shifts
/// are not configured yet and answer null.
/// </summary>
public static class FloorEndpoints
{
    public sealed record Load(int Ticket, int Chat);
    public sealed record FloorAgent(string UserName, string DisplayName, string Presence, DateTimeOffset? Since, Load Load, Load? Capacity, string? Shift);
    public sealed record FloorView(List<FloorAgent> Agents);

    public static void MapFloor(this RouteGroupBuilder manager) => manager.MapGet("/floor", async (ServerDbContext server, DeskDbContext desk, CancellationToken ct) =>
    {
        var agents = await server.Users.AsNoTracking()
            .Where(u => u.Active && (u.Roles.Contains(Roles.Agent) || u.Roles.Contains(SupportRoles.RiskAnalyst) || server.TeamMembers.Any(m => m.UserId == u.Id)))
            .OrderBy(u => u.NormalizedUserName).Select(u => new { u.UserName, u.DisplayName }).ToListAsync(ct);
        var names = agents.Select(a => a.UserName).ToArray();
        var presence = await desk.AgentPresences.AsNoTracking().Where(p => names.Contains(p.UserName)).ToDictionaryAsync(p => p.UserName, ct);
        var loads = await desk.InboxTasks.AsNoTracking().Where(t => t.Assignee != null && names.Contains(t.Assignee))
            .GroupBy(t => new { t.Assignee, Chat = t.CaseChannel == "chat" }).Select(g => new { g.Key.Assignee, g.Key.Chat, Count = g.Count() }).ToListAsync(ct);
        return new FloorView(agents.Select(a => new FloorAgent(a.UserName, a.DisplayName,
            presence.GetValueOrDefault(a.UserName)?.Status ?? PresenceStatuses.Offline, presence.GetValueOrDefault(a.UserName)?.Since,
            new Load(loads.Where(l => l.Assignee == a.UserName && !l.Chat).Sum(l => l.Count), loads.Where(l => l.Assignee == a.UserName && l.Chat).Sum(l => l.Count)),
            null, null)).ToList());
    }).Produces<FloorView>();
}
