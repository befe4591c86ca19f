using Microsoft.EntityFrameworkCore;
using Workflows.Desk.Channels;
using Workflows.Desk.Database;
using Workflows.Desk.Floor;
using Workflows.Desk.Shifts;
using Workflows.Server.Database;

namespace Workflows.Desk.Routing;

/// <summary>
/// What one routing round knows of a team: its active members who are online and on shift now, and what each holds.
/// A snapshot to rank by; each offer checks the agent again under a row lock before it counts.
/// </summary>
public sealed class RoutingFloor(ServerDbContext server, DeskDbContext desk)
{
    public async Task<List<RoutingAgent>> AvailableAsync(string teamKey, DateTimeOffset now, CancellationToken ct)
    {
        var members = await server.Teams.Where(t => t.Key == teamKey)
            .Join(server.TeamMembers, t => t.Id, m => m.TeamId, (t, m) => m)
            .Join(server.Users.Where(u => u.Active), m => m.UserId, u => u.Id, (m, u) => new { u.UserName, u.Skills, u.Languages })
            .AsNoTracking().ToListAsync(ct);
        var names = members.Select(m => m.UserName).ToArray();
        var online = await desk.AgentPresences.AsNoTracking().Where(p => names.Contains(p.UserName) && p.Status == PresenceStatuses.Online)
            .ToDictionaryAsync(p => p.UserName, p => p.LastOfferedAt, ct);
        if (online.Count == 0) return [];
        var onShift = await Rosters.OnShiftAsync(desk, teamKey, now, ct);
        var available = members.Where(m => online.ContainsKey(m.UserName) && (onShift is null || onShift.Contains(m.UserName))).ToList();
        var availableNames = available.Select(a => a.UserName).ToArray();
        var loads = await LoadsAsync(desk, availableNames, ct);
        return available.Select(m => new RoutingAgent(m.UserName, m.Skills, m.Languages, online[m.UserName],
            loads.GetValueOrDefault((m.UserName, false)), loads.GetValueOrDefault((m.UserName, true)))).ToList();
    }

    /// <summary>Open tasks assigned to each of <paramref name="userNames"/> (offered or claimed), by whether they are chats.</summary>
    public static async Task<Dictionary<(string UserName, bool Chat), int>> LoadsAsync(DeskDbContext desk, string[] userNames, CancellationToken ct) =>
        (await desk.InboxTasks.AsNoTracking().Where(t => t.Assignee != null && userNames.Contains(t.Assignee))
            .GroupBy(t => new { t.Assignee, Chat = t.CaseChannel == ContactChannels.Chat })
            .Select(g => new { g.Key.Assignee, g.Key.Chat, Count = g.Count() }).ToListAsync(ct))
        .ToDictionary(l => (l.Assignee!, l.Chat), l => l.Count);
}
