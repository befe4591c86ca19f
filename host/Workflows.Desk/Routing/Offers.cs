using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Workflows.Desk.Channels;
using Workflows.Desk.Database;
using Workflows.Desk.Floor;
using Workflows.Desk.Shifts;
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
    /// <summary>What each locked agent holds and whether they are on shift, read after the locks. Built once: the roster rule is code, not input.</summary>
    private static readonly string HeldUnderLock = $$"""
    SELECT p.user_name AS "UserName",
           {{Rosters.OnShiftSql("{1}", "p.user_name", "{2}")}} AS "OnShift",
           (SELECT count(*)::int FROM {{DeskTables.InboxTasks}} t WHERE t.assignee = p.user_name AND t.case_channel IS DISTINCT FROM {3}) AS "Tickets",
           (SELECT count(*)::int FROM {{DeskTables.InboxTasks}} t WHERE t.assignee = p.user_name AND t.case_channel = {3}) AS "Chats"
    FROM {{DeskTables.AgentPresences}} p WHERE p.user_name = ANY({0})
    """;

    /// <summary>
    /// Offers <paramref name="queue"/> (in its order) to <paramref name="agents"/> in one transaction: every agent's row
    /// is locked (SKIP LOCKED: one another host is offering something this instant is passed over), their shift and
    /// what they hold are read under those locks, each task is matched to the first agent its mode ranks with room, and
    /// all the offers go out in one statement. Stops at a task nobody locked has room for while a skipped agent might
    /// have had it: the rest waits for the next round, so a later task never takes room an earlier one was meant for.
    /// Returns whether a new round should follow.
    /// </summary>
    public async Task<bool> OfferAsync(TeamRoutingEntity team, List<RoutingAgent> agents, List<QueuedTask> queue, ChannelCounts capacity,
        CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        await using var transaction = await session.BeginAsync(ct);
        var now = clock.GetUtcNow();
        var (usable, skipped) = await LockAsync(team, agents, now, ct);
        var (planned, again) = (new List<(QueuedTask Task, RoutingAgent Agent, TaskOffer Offer)>(), false);
        foreach (var task in queue)
        {
            var candidates = AgentRanking.Rank(team.Mode, usable.Where(a => !task.DeclinedBy.Contains(a.UserName)), task, capacity);
            if (candidates.FirstOrDefault() is not { } agent)
            {
                if (skipped.Any(a => a.LoadOf(task.Chat) < capacity.Of(task.Chat) && !task.DeclinedBy.Contains(a.UserName)))
                {
                    again = true;
                    break;
                }
                continue;
            }
            planned.Add((task, agent, new TaskOffer(task.TaskId, agent.UserName, AgentRanking.Reason(team.Mode, agent, task, capacity, team.TeamKey))));
            // Counted as held at once, so the next task of the batch ranks this agent by what they will hold.
            agent.SetLoad(task.Chat, agent.LoadOf(task.Chat) + 1);
            agent.LastOfferedAt = now;
        }
        // A task claimed or offered meanwhile is left out; its agent's room stays unused until the next round.
        var offered = await tasks.OfferAsync(planned.Select(p => p.Offer).ToList(), RoutingActor.Principal, ct);
        var made = planned.Where(p => offered.Contains(p.Task.TaskId)).ToList();
        foreach (var (task, agent, _) in made)
            desk.RoutingOffers.Add(new RoutingOfferEntity
            {
                TaskId = task.TaskId, InstanceId = task.InstanceId, UserName = agent.UserName, TeamKey = team.TeamKey, OfferedAt = now,
                ExpiresAt = now.AddSeconds(team.OfferTimeoutSeconds),
            });
        var turned = made.Select(p => p.Agent.UserName).Distinct().ToArray();
        if (turned.Length > 0)
            session.Batch.Add($"UPDATE {DeskTables.AgentPresences} SET last_offered_at = $2 WHERE user_name = ANY($1)", turned, now);
        await session.FlushAsync(ct);
        await transaction.CommitAsync(ct);
        if (offered.Count > 0) metrics.Offered(Stopwatch.GetElapsedTime(started) / offered.Count, team.TeamKey);
        return again;
    }

    /// <summary>
    /// Locks the agents' presence rows, skipping those another host holds, and reads under those locks whether each is
    /// on shift in the team and what they hold: the agents that can take work now, and the ones skipped.
    /// </summary>
    private async Task<(List<RoutingAgent> Usable, List<RoutingAgent> Skipped)> LockAsync(TeamRoutingEntity team, List<RoutingAgent> agents,
        DateTimeOffset now, CancellationToken ct)
    {
        var names = agents.Select(a => a.UserName).ToArray();
        var locked = (await desk.Database.SqlQueryRaw<string>($$"""
            SELECT user_name AS "Value" FROM {{DeskTables.AgentPresences}} WHERE user_name = ANY({0}) AND status = {1} ORDER BY user_name FOR UPDATE SKIP LOCKED
            """, names, PresenceStatuses.Online).ToListAsync(ct)).ToHashSet();
        // In a statement of its own, so its snapshot sees every offer committed before the locks were had.
        var held = locked.Count == 0 ? new Dictionary<string, AgentNow>() : await desk.Database.SqlQueryRaw<AgentNow>(HeldUnderLock, locked.ToArray(), team.TeamKey, now, ContactChannels.Chat).ToDictionaryAsync(a => a.UserName, ct);
        var usable = new List<RoutingAgent>();
        foreach (var agent in agents)
            if (held.GetValueOrDefault(agent.UserName) is { OnShift: true } state)
            {
                (agent.TicketLoad, agent.ChatLoad) = (state.Tickets, state.Chats);
                usable.Add(agent);
            }
        return (usable, agents.Where(a => !locked.Contains(a.UserName)).ToList());
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
