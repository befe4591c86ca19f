using Microsoft.EntityFrameworkCore;
using Workflows.Desk.Channels;
using Workflows.Desk.Database;
using Workflows.Desk.Floor;
using Workflows.Desk.Shifts;
using Workflows.Server.Database;

namespace Workflows.Desk.Routing;

/// <summary>
/// What one routing round knows of a team: its active members who are online and on shift now, and what each holds.
/// A snapshot to rank by, read in one statement; each offer checks the agent again under a row lock before it counts.
/// </summary>
public sealed class RoutingFloor(DeskDbContext desk)
{
    /// <summary>A team's members online and on shift now, with what each holds. Built once: the roster rule is code, not input.</summary>
    private static readonly string TeamFloor = $$"""
    SELECT u.user_name AS "UserName", u.skills AS "Skills", u.languages AS "Languages", p.last_offered_at AS "LastOfferedAt",
           (SELECT count(*)::int FROM {{DeskTables.InboxTasks}} t WHERE t.assignee = u.user_name AND t.case_channel IS DISTINCT FROM {2}) AS "Tickets",
           (SELECT count(*)::int FROM {{DeskTables.InboxTasks}} t WHERE t.assignee = u.user_name AND t.case_channel = {2}) AS "Chats"
    FROM {{ServerTables.Teams}} team
    JOIN {{ServerTables.TeamMembers}} m ON m.team_id = team.id
    JOIN {{ServerTables.Users}} u ON u.id = m.user_id AND u.active
    JOIN {{DeskTables.AgentPresences}} p ON p.user_name = u.user_name AND p.status = {3}
    WHERE team.key = {0}
      AND {{Rosters.OnShiftSql("{0}", "u.user_name", "{1}")}}
    """;

    public async Task<List<RoutingAgent>> AvailableAsync(string teamKey, DateTimeOffset now, CancellationToken ct) =>
        (await desk.Database.SqlQueryRaw<FloorAgent>(TeamFloor, teamKey, now, ContactChannels.Chat, PresenceStatuses.Online).ToListAsync(ct))
        .Select(a => new RoutingAgent(a.UserName, a.Skills, a.Languages, a.LastOfferedAt, a.Tickets, a.Chats)).ToList();

    /// <summary>Open tasks assigned to each of <paramref name="userNames"/> (offered or claimed), by whether they are chats.</summary>
    public static async Task<Dictionary<(string UserName, bool Chat), int>> LoadsAsync(DeskDbContext desk, string[] userNames, CancellationToken ct) =>
        (await desk.InboxTasks.AsNoTracking().Where(t => t.Assignee != null && userNames.Contains(t.Assignee))
            .GroupBy(t => new { t.Assignee, Chat = t.CaseChannel == ContactChannels.Chat })
            .Select(g => new { g.Key.Assignee, g.Key.Chat, Count = g.Count() }).ToListAsync(ct))
        .ToDictionary(l => (l.Assignee!, l.Chat), l => l.Count);

    /// <summary>A row of the floor as the statement reads it.</summary>
    private sealed class FloorAgent
    {
        public required string UserName { get; init; }
        public string[] Skills { get; init; } = [];
        public string[] Languages { get; init; } = [];
        public DateTimeOffset? LastOfferedAt { get; init; }
        public int Tickets { get; init; }
        public int Chats { get; init; }
    }
}
