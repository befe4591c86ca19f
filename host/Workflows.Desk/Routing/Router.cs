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
            await RecallAsync(teams, now, ct);
        }
        var again = false;
        foreach (var team in teams)
        {
            // Another host is serving this team right now; it runs again itself if our signal came in meanwhile.
            if (!await lease.TakeAsync(team.TeamKey, ct)) continue;
            try
            {
                again |= await AssignAsync(team, now, ct);
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

    /// <summary>Offers held by agents who are no longer online, or whose shift in the offering team ended: back to the queue.</summary>
    private async Task RecallAsync(List<TeamRoutingEntity> teams, DateTimeOffset now, CancellationToken ct)
    {
        var away = await (from o in desk.RoutingOffers.AsNoTracking()
                          join p in desk.AgentPresences on o.UserName equals p.UserName into presences
                          from p in presences.DefaultIfEmpty()
                          where p == null || p.Status != PresenceStatuses.Online
                          select new { o.TaskId, o.UserName, Status = p == null ? PresenceStatuses.Offline : p.Status }).Take(TasksPerRound).ToListAsync(ct);
        foreach (var offer in away) await offers.WithdrawAsync(offer.TaskId, offer.UserName, $"{offer.UserName} is {offer.Status}", null, ct);
        foreach (var team in teams)
        {
            if (await Rosters.OnShiftAsync(desk, team.TeamKey, now, ct) is not { } onShift) continue;
            var offShift = await desk.RoutingOffers.AsNoTracking().Where(o => o.TeamKey == team.TeamKey && !onShift.Contains(o.UserName)).ToListAsync(ct);
            foreach (var offer in offShift) await offers.WithdrawAsync(offer.TaskId, offer.UserName, $"{offer.UserName}'s shift in {team.TeamKey} ended", null, ct);
        }
    }

    private async Task<bool> AssignAsync(TeamRoutingEntity team, DateTimeOffset now, CancellationToken ct)
    {
        var agents = await floor.AvailableAsync(team.TeamKey, now, ct);
        var capacity = new ChannelCounts(team.TicketCapacity, team.ChatCapacity);
        var again = false;
        foreach (var chat in new[] { false, true })
        {
            var room = agents.Sum(a => Math.Max(0, capacity.Of(chat) - a.LoadOf(chat)));
            if (room > 0)
                again |= await AssignAsync(team, agents, capacity, await TeamQueue.NextAsync(desk, team.TeamKey, chat, Math.Min(room * 2, OffersPerRound), ct), ct);
        }
        return again;
    }

    /// <summary>Offers the queue in order; true when more may wait (a full batch) or it stopped early because another host held an agent.</summary>
    private async Task<bool> AssignAsync(TeamRoutingEntity team, List<RoutingAgent> agents, ChannelCounts capacity, List<QueuedTask> queue, CancellationToken ct)
    {
        if (queue.Count == 0) return false;
        var ids = queue.Select(t => t.TaskId).ToArray();
        var declined = (await desk.RoutingDeclines.AsNoTracking().Where(d => ids.Contains(d.TaskId)).Select(d => new { d.TaskId, d.UserName }).ToListAsync(ct))
            .ToLookup(d => d.TaskId, d => d.UserName);
        return await offers.OfferAsync(team, agents, queue, declined, capacity, ct) || queue.Count == OffersPerRound;
    }
}
