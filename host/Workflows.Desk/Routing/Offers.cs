using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Workflows.Desk.Channels;
using Workflows.Desk.Database;
using Workflows.Desk.Floor;
using Workflows.Server.Database;
using Workflows.Server.UserTasks;

namespace Workflows.Desk.Routing;

/// <summary>
/// Offers tasks to agents and takes offers back, each in one transaction of its own. Capacity holds across hosts
/// because offers lock the agents' presence rows (SKIP LOCKED: an agent another host is offering something this
/// instant is passed over, not waited for) and count what each holds under that lock; the task itself is taken by
/// the server's conditional update, so of two hosts offering one task, one wins.
/// </summary>
public sealed class Offers(DatabaseSession session, DeskDbContext desk, TaskAssignments tasks, RoutingMetrics metrics, TimeProvider clock)
{
    /// <summary>
    /// Offers <paramref name="queue"/> (in its order) to <paramref name="agents"/> in one transaction: every agent's row
    /// is locked (SKIP LOCKED: one another host is offering something this instant is passed over), their shift and
    /// what they hold are read under those locks, and each task goes to the first agent its mode ranks with room.
    /// Stops at a task nobody locked has room for while a skipped agent might have had it: the rest waits for the next
    /// round, so a later task never takes room an earlier one was meant for. Returns whether a new round should follow.
    /// </summary>
    public async Task<bool> OfferAsync(TeamRoutingEntity team, List<RoutingAgent> agents, List<QueuedTask> queue, ILookup<Guid, string> declined,
        ChannelCounts capacity, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        await using var transaction = await session.BeginAsync(ct);
        var now = clock.GetUtcNow();
        var names = agents.Select(a => a.UserName).ToArray();
        var locked = (await desk.Database.SqlQueryRaw<string>($$"""
            SELECT user_name AS "Value" FROM {{DeskTables.AgentPresences}} WHERE user_name = ANY({0}) AND status = {1} ORDER BY user_name FOR UPDATE SKIP LOCKED
            """, names, PresenceStatuses.Online).ToListAsync(ct)).ToHashSet();
        // In a statement of its own, so its snapshot sees every offer committed before the locks were had.
        var held = locked.Count == 0 ? new Dictionary<string, AgentNow>() : await desk.Database.SqlQueryRaw<AgentNow>($$"""
            SELECT p.user_name AS "UserName",
                   (NOT EXISTS (SELECT 1 FROM {{DeskTables.RosterEntries}} WHERE team_key = {1})
                    OR EXISTS (SELECT 1 FROM {{DeskTables.RosterEntries}} r WHERE r.team_key = {1} AND r.user_name = p.user_name AND r.starts_at <= {2} AND r.ends_at > {2})) AS "OnShift",
                   (SELECT count(*)::int FROM {{DeskTables.InboxTasks}} t WHERE t.assignee = p.user_name AND t.case_channel IS DISTINCT FROM {3}) AS "Tickets",
                   (SELECT count(*)::int FROM {{DeskTables.InboxTasks}} t WHERE t.assignee = p.user_name AND t.case_channel = {3}) AS "Chats"
            FROM {{DeskTables.AgentPresences}} p WHERE p.user_name = ANY({0})
            """, locked.ToArray(), team.TeamKey, now, ContactChannels.Chat).ToDictionaryAsync(a => a.UserName, ct);
        var usable = new List<RoutingAgent>();
        foreach (var agent in agents)
            if (held.GetValueOrDefault(agent.UserName) is { OnShift: true } state)
            {
                (agent.TicketLoad, agent.ChatLoad) = (state.Tickets, state.Chats);
                usable.Add(agent);
            }
        var skipped = agents.Where(a => !locked.Contains(a.UserName)).ToList();
        var (offered, again) = (0, false);
        foreach (var task in queue)
        {
            var candidates = AgentRanking.Rank(team.Mode, usable.Where(a => !declined[task.TaskId].Contains(a.UserName)), task, capacity);
            if (candidates.FirstOrDefault() is not { } agent)
            {
                if (skipped.Any(a => a.LoadOf(task.Chat) < capacity.Of(task.Chat) && !declined[task.TaskId].Contains(a.UserName)))
                {
                    again = true;
                    break;
                }
                continue;
            }
            var reason = AgentRanking.Reason(team.Mode, agent, task, capacity, team.TeamKey);
            if (!await tasks.OfferAsync(task.TaskId, agent.UserName, null, RoutingActor.Principal, reason, ct)) continue; // claimed or offered meanwhile
            desk.RoutingOffers.Add(new RoutingOfferEntity
            {
                TaskId = task.TaskId, InstanceId = task.InstanceId, UserName = agent.UserName, TeamKey = team.TeamKey, OfferedAt = now,
                ExpiresAt = now.AddSeconds(team.OfferTimeoutSeconds),
            });
            session.Batch.Add($"UPDATE {DeskTables.AgentPresences} SET last_offered_at = $2 WHERE user_name = $1", agent.UserName, now);
            agent.SetLoad(task.Chat, agent.LoadOf(task.Chat) + 1);
            agent.LastOfferedAt = now;
            offered++;
        }
        await session.FlushAsync(ct);
        await transaction.CommitAsync(ct);
        if (offered > 0) metrics.Offered(Stopwatch.GetElapsedTime(started) / offered, team.TeamKey);
        return again;
    }

    /// <summary>
    /// Takes the offer of <paramref name="taskId"/> back from <paramref name="userName"/> to the queue; with
    /// <paramref name="declined"/> ("declined", "timeout") the agent is not offered that task again. False when there
    /// was no such offer any more (claimed, withdrawn by another host, the task closed).
    /// </summary>
    public async Task<bool> WithdrawAsync(Guid taskId, string userName, string reason, string? declined, CancellationToken ct)
    {
        await using var transaction = await session.BeginAsync(ct);
        var removed = await desk.RoutingOffers.FromSqlRaw($$"""
            DELETE FROM {{DeskTables.RoutingOffers}} WHERE task_id = {0} AND user_name = {1} RETURNING *
            """, taskId, userName).AsNoTracking().ToListAsync(ct);
        if (removed.Count == 0) return false;
        if (declined is not null)
            session.Batch.Add($"""
                INSERT INTO {DeskTables.RoutingDeclines} (task_id, instance_id, user_name, at, reason) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING
                """, taskId, removed[0].InstanceId, userName, clock.GetUtcNow(), declined);
        await tasks.WithdrawOfferAsync(taskId, userName, RoutingActor.Principal, reason, ct);
        await session.FlushAsync(ct);
        await transaction.CommitAsync(ct);
        metrics.Withdrawn(declined ?? "recalled");
        return true;
    }

    /// <summary>An agent under the lock: on shift in the team or not, and what they hold per channel.</summary>
    private sealed class AgentNow
    {
        public required string UserName { get; init; }
        public bool OnShift { get; init; }
        public int Tickets { get; init; }
        public int Chats { get; init; }
    }
}
