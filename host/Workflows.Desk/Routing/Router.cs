using Microsoft.EntityFrameworkCore;
using Workflows.Desk.Database;
using Workflows.Desk.Floor;
using Workflows.Desk.Shifts;

namespace Workflows.Desk.Routing;

/// <summary>
/// One routing round on this host: lapsed offers move on, offers to agents who went offline or off shift come back,
/// then each automatically routed team's queue is offered out, urgent first, to agents with room. Every host runs
/// rounds; row locks, not this class, keep them from giving an agent more than their capacity.
/// </summary>
public sealed class Router(DeskDbContext desk, RoutingFloor floor, Offers offers, RoutedTeams routed, RoutingLease lease, TimeProvider clock)
{
    /// <summary>Offers whose agent is no longer online or on shift in the offering team. Built once: the roster rule is code, not input.</summary>
    private static readonly string GoneAgents = $$"""
    SELECT o.task_id AS "TaskId", o.user_name AS "UserName", o.team_key AS "TeamKey", coalesce(p.status, {1}) AS "Status"
    FROM {{DeskTables.RoutingOffers}} o LEFT JOIN {{DeskTables.AgentPresences}} p ON p.user_name = o.user_name
    WHERE p.status IS DISTINCT FROM {2}
       OR NOT {{Rosters.OnShiftSql("o.team_key", "o.user_name", "{0}")}}
    LIMIT {3}
    """;

    /// <summary>Lapsed and recalled offers handled per round, so a round stays short.</summary>
    private const int TasksPerRound = 200;

    /// <summary>
    /// Tasks offered per team, channel and round: the queue is read again after so many, so an urgent task that came
    /// in meanwhile goes ahead of the rest of what the round read.
    /// </summary>
    private const int OffersPerRound = 8;

    /// <summary>One round; true when a new round should follow at once (more work was left, or another host held an agent this one needed).</summary>
    /// <remarks>
    /// With <paramref name="maintain"/>, lapsed offers and offers held by agents who left are taken back first; the
    /// worker asks for that once per interval, not on every new task, so a busy floor's rounds stay short.
    /// </remarks>
    public async Task<bool> RunAsync(bool maintain, CancellationToken ct)
    {
        var teams = await desk.TeamRoutings.AsNoTracking().Where(r => r.Mode != RoutingModes.Pull).OrderBy(r => r.TeamKey).ToListAsync(ct);
        routed.Set(teams.Select(t => t.TeamKey));
        var now = clock.GetUtcNow();
        if (maintain)
        {
            await LapseAsync(now, ct);
            await RecallAsync(now, ct);
        }
        // Which teams have work, in one statement: an idle team costs a round nothing more.
        var waiting = (await TeamQueue.HeadsAsync(desk, teams.Select(t => t.TeamKey).ToArray(), OffersPerRound, ct)).ToLookup(t => t.TeamKey);
        var again = false;
        foreach (var team in teams.Where(t => waiting.Contains(t.TeamKey)))
        {
            // Another host is serving this team right now; it runs again itself if our signal came in meanwhile.
            if (!await lease.TakeAsync(team.TeamKey, ct)) continue;
            try
            {
                again |= await AssignAsync(team, waiting[team.TeamKey].ToList(), now, ct);
            }
            finally
            {
                await lease.ReleaseAsync(team.TeamKey, CancellationToken.None);
            }
        }
        return again;
    }

    /// <summary>Offers not accepted in time: taken back, and that agent is not offered the task again.</summary>
    private async Task LapseAsync(DateTimeOffset now, CancellationToken ct)
    {
        var lapsed = await desk.RoutingOffers.AsNoTracking().Where(o => o.ExpiresAt <= now).OrderBy(o => o.ExpiresAt).Take(TasksPerRound).ToListAsync(ct);
        foreach (var offer in lapsed)
            await offers.WithdrawAsync(offer.TaskId, offer.UserName, $"not accepted within {(offer.ExpiresAt - offer.OfferedAt).TotalSeconds:0} s", "timeout", ct);
    }

    /// <summary>
    /// Offers held by agents who are no longer online, or whose shift in the offering team ended, back to the queue:
    /// found in one statement, with the roster rule the offers themselves use (a team without a roster has no shifts).
    /// </summary>
    private async Task RecallAsync(DateTimeOffset now, CancellationToken ct)
    {
        var gone = await desk.Database.SqlQueryRaw<GoneAgent>(GoneAgents, now, PresenceStatuses.Offline, PresenceStatuses.Online, TasksPerRound).ToListAsync(ct);
        foreach (var offer in gone)
            await offers.WithdrawAsync(offer.TaskId, offer.UserName,
                offer.Status == PresenceStatuses.Online ? $"{offer.UserName}'s shift in {offer.TeamKey} ended" : $"{offer.UserName} is {offer.Status}", null, ct);
    }

    /// <summary>
    /// Offers the team's queue heads, each channel kind in turn, to its members with room; true when more may wait (a
    /// full batch) or it stopped early because another host held an agent.
    /// </summary>
    /// <remarks>
    /// The heads were read before the lease was had: a task another host offered meanwhile is left out by the offer's
    /// own condition, and one that came in meanwhile has sent its own signal, so the next round sees it.
    /// </remarks>
    private async Task<bool> AssignAsync(TeamRoutingEntity team, List<QueuedTask> heads, DateTimeOffset now, CancellationToken ct)
    {
        var agents = await floor.AvailableAsync(team.TeamKey, now, ct);
        var capacity = new ChannelCounts(team.TicketCapacity, team.ChatCapacity);
        var again = false;
        foreach (var queue in heads.GroupBy(t => t.Chat))
        {
            var room = agents.Sum(a => Math.Max(0, capacity.Of(queue.Key) - a.LoadOf(queue.Key)));
            if (room == 0) continue;
            var batch = queue.Take(room * 2).ToList();
            again |= await offers.OfferAsync(team, agents, batch, capacity, ct) || batch.Count == OffersPerRound;
        }
        return again;
    }

    /// <summary>An offer whose agent left: their presence now, and the team that offered.</summary>
    private sealed class GoneAgent
    {
        public Guid TaskId { get; init; }
        public required string UserName { get; init; }
        public required string TeamKey { get; init; }
        public required string Status { get; init; }
    }
}
