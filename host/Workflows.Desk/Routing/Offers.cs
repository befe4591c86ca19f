using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Workflows.Desk.Channels;
using Workflows.Desk.Database;
using Workflows.Desk.Floor;
using Workflows.Server.Database;
using Workflows.Server.UserTasks;

namespace Workflows.Desk.Routing;

/// <summary>
/// Offers a task to an agent and takes offers back, each in one transaction of its own. Capacity holds across hosts
/// because an offer locks the agent's presence row (SKIP LOCKED: a host offering that agent something this instant
/// is passed over, not waited for) and counts what the agent holds under that lock; the task itself is taken by the
/// server's conditional update, so of two hosts offering one task, one wins.
/// </summary>
public sealed class Offers(DatabaseSession session, DeskDbContext desk, TaskAssignments tasks, RoutingMetrics metrics, TimeProvider clock)
{
    public async Task<OfferOutcome> TryOfferAsync(QueuedTask task, RoutingAgent agent, TeamRoutingEntity team, string reason, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        await using var transaction = await session.BeginAsync(ct);
        var locked = await desk.Database.SqlQueryRaw<string>($$"""
            SELECT user_name AS "Value" FROM {{DeskTables.AgentPresences}} WHERE user_name = {0} AND status = {1} FOR UPDATE SKIP LOCKED
            """, agent.UserName, PresenceStatuses.Online).ToListAsync(ct);
        if (locked.Count == 0)
        {
            // Skipped: locked by another host's offer, or no longer online. A plain read tells which.
            var status = await desk.AgentPresences.AsNoTracking().Where(p => p.UserName == agent.UserName).Select(p => p.Status).SingleOrDefaultAsync(ct);
            return status == PresenceStatuses.Online ? OfferOutcome.AgentBusy : OfferOutcome.AgentUnavailable;
        }
        // The round's floor is a snapshot: a shift that ended since then is checked again here, under the agent's lock.
        var now = clock.GetUtcNow();
        var onShift = (await desk.Database.SqlQueryRaw<bool>($$"""
            SELECT (NOT EXISTS (SELECT 1 FROM {{DeskTables.RosterEntries}} WHERE team_key = {0})
                OR EXISTS (SELECT 1 FROM {{DeskTables.RosterEntries}} WHERE team_key = {0} AND user_name = {1} AND starts_at <= {2} AND ends_at > {2})) AS "Value"
            """, team.TeamKey, agent.UserName, now).ToListAsync(ct))[0];
        if (!onShift) return OfferOutcome.AgentUnavailable;
        var held = (await desk.Database.SqlQueryRaw<int>($$"""
            SELECT count(*)::int AS "Value" FROM {{DeskTables.InboxTasks}} WHERE assignee = {0} AND (case_channel IS NOT DISTINCT FROM {1}) = {2}
            """, agent.UserName, ContactChannels.Chat, task.Chat).ToListAsync(ct))[0];
        agent.SetLoad(task.Chat, held);
        if (held >= (task.Chat ? team.ChatCapacity : team.TicketCapacity)) return OfferOutcome.AgentFull;
        if (!await tasks.OfferAsync(task.TaskId, agent.UserName, null, RoutingActor.Principal, reason, ct)) return OfferOutcome.TaskTaken;
        desk.RoutingOffers.Add(new RoutingOfferEntity
        {
            TaskId = task.TaskId, InstanceId = task.InstanceId, UserName = agent.UserName, TeamKey = team.TeamKey, OfferedAt = now,
            ExpiresAt = now.AddSeconds(team.OfferTimeoutSeconds),
        });
        session.Batch.Add($"UPDATE {DeskTables.AgentPresences} SET last_offered_at = $2 WHERE user_name = $1", agent.UserName, now);
        await session.FlushAsync(ct);
        await transaction.CommitAsync(ct);
        agent.SetLoad(task.Chat, held + 1);
        agent.LastOfferedAt = now;
        metrics.Offered(Stopwatch.GetElapsedTime(started), team.TeamKey);
        return OfferOutcome.Offered;
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
}
