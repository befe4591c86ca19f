using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Workflows.Server.Database;
using Workflows.Server.Journal;
using Workflows.Server.Problems;
using Workflows.Server.Steps;

namespace Workflows.Server.UserTasks;

/// <summary>
/// What people do to an open task between steps: claim, unclaim, assign, delegate, resolve, or (managers) hand it
/// to someone or to another queue. Each change is journaled with who made it and told to the step participants,
/// in one transaction with the change itself.
/// </summary>
public sealed class TaskAssignments(DatabaseSession session, ServerDbContext db, IEnumerable<IStepParticipant> participants, TimeProvider clock)
{
    /// <summary>A change to apply to the loaded task: the journal's kind and sentence, or the refusal to answer with.</summary>
    public delegate (string Kind, string Message)? Change(UserTaskEntity task, out IResult? refusal);

    /// <summary>
    /// Claiming is one conditional UPDATE, so of two people claiming at once exactly one wins; the other is told who.
    /// </summary>
    public async Task<IResult> ClaimAsync(Guid id, ClaimsPrincipal user, CancellationToken ct)
    {
        var (task, refusal) = await TaskAccess.FindOpenAsync(db, user, id, track: false);
        if (task is null) return refusal!;
        var (me, now) = (user.Identity!.Name!, clock.GetUtcNow());
        await using var transaction = await session.BeginAsync(ct);
        var claimed = await db.UserTasks.Where(t => t.Id == id && t.Status == UserTaskStatus.Open && (t.Assignee == null || t.Assignee == me))
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Assignee, me).SetProperty(t => t.ClaimedAt, now), ct);
        if (claimed == 0)
        {
            var current = await db.UserTasks.AsNoTracking().Where(t => t.Id == id).Select(t => new { t.Assignee, t.Status }).SingleAsync(ct);
            return current.Status != UserTaskStatus.Open
                ? Problem.Conflict("task.not-open", $"The task is already {current.Status}.", ("status", current.Status))
                : Problem.Conflict("task.claimed-by-other", $"The task is already claimed by {current.Assignee}.", ("assignee", current.Assignee));
        }
        (task.Assignee, task.ClaimedAt) = (me, now);
        await RecordAsync(task, user, "TaskAssigned", $"Task '{task.Name}' claimed: {me}.", ct);
        await transaction.CommitAsync(ct);
        return Results.Ok(UserTaskView.From(task));
    }

    /// <summary>Gives the task to <paramref name="assignee"/>, or back to its queue when null.</summary>
    public Task<IResult> AssignAsync(Guid id, ClaimsPrincipal user, string? assignee, CancellationToken ct) =>
        ChangeAsync(id, user, (UserTaskEntity task, out IResult? refusal) =>
        {
            refusal = null;
            (task.Assignee, task.ClaimedAt) = (assignee, assignee is null ? null : clock.GetUtcNow());
            return ("TaskAssigned", assignee is null ? $"Task '{task.Name}' unclaimed." : $"Task '{task.Name}' assigned: {assignee}.");
        }, ct);

    /// <summary>
    /// Applies <paramref name="change"/> to the open task the user may see, journals it and tells the participants;
    /// the change decides whether it applies at all.
    /// </summary>
    public async Task<IResult> ChangeAsync(Guid id, ClaimsPrincipal user, Change change, CancellationToken ct)
    {
        var (task, refusal) = await TaskAccess.FindOpenAsync(db, user, id, track: true);
        if (task is null) return refusal!;
        if (change(task, out var refused) is not { } journal) return refused!;
        await using var transaction = await session.BeginAsync(ct);
        await RecordAsync(task, user, journal.Kind, journal.Message, ct);
        await transaction.CommitAsync(ct);
        return Results.Ok(UserTaskView.From(task));
    }

    /// <summary>
    /// Puts every open task <paramref name="userName"/> holds back in its queue, inside the caller's transaction: what
    /// happens when a person is deactivated or removed, so their work is not stranded with them.
    /// </summary>
    public async Task ReturnClaimedAsync(string userName, ClaimsPrincipal actor, string reason, CancellationToken ct)
    {
        foreach (var task in await db.UserTasks.Where(t => t.Assignee == userName && t.Status == UserTaskStatus.Open).ToListAsync(ct))
        {
            (task.Assignee, task.ClaimedAt) = (null, null);
            await RecordAsync(task, actor, "TaskAssigned", $"Task '{task.Name}' returned to its queue: {reason}.", ct);
        }
    }

    /// <summary>
    /// Offers open, unassigned tasks for the routing, each to its agent, inside the caller's transaction: a task gets
    /// the assignee without a claim, the agent accepts by claiming it. One conditional UPDATE for all of them, so a
    /// claim or another offer that came first wins and that task is left out. The journal entries and the
    /// participants' statements wait in the session's batch: the caller flushes before it commits. Returns the ids
    /// that were offered.
    /// </summary>
    public async Task<IReadOnlySet<Guid>> OfferAsync(IReadOnlyList<TaskOffer> offers, ClaimsPrincipal actor, CancellationToken ct)
    {
        if (session.Transaction is null) throw new InvalidOperationException("Offers move inside the caller's transaction.");
        if (offers.Count == 0) return new HashSet<Guid>();
        var moved = await db.UserTasks.FromSqlRaw($$"""
            UPDATE {{ServerTables.UserTasks}} t SET assignee = o.user_name, claimed_at = NULL
            FROM unnest({0}::uuid[], {1}::text[]) AS o(id, user_name)
            WHERE t.id = o.id AND t.status = '{{UserTaskStatus.Open}}' AND t.claimed_at IS NULL AND t.assignee IS NULL
            RETURNING t.*
            """, offers.Select(o => o.TaskId).ToArray(), offers.Select(o => o.UserName).ToArray()).AsNoTracking().ToListAsync(ct);
        var byTask = offers.ToDictionary(o => o.TaskId);
        foreach (var task in moved)
            await RecordAsync(task, actor, "TaskOffered", $"Task '{task.Name}' offered to {task.Assignee}: {byTask[task.Id].Reason}.", ct, flush: false);
        return moved.Select(t => t.Id).ToHashSet();
    }

    /// <summary>Takes an offer back from <paramref name="userName"/> to the queue, unless they claimed the task meanwhile.</summary>
    public Task<bool> WithdrawOfferAsync(Guid id, string userName, ClaimsPrincipal actor, string reason, CancellationToken ct) =>
        MoveOfferAsync(id, userName, null, actor, "TaskOfferWithdrawn", name => $"Task '{name}' returned to its queue from {userName}: {reason}.", ct);

    private async Task<bool> MoveOfferAsync(Guid id, string? from, string? to, ClaimsPrincipal actor, string kind, Func<string, string> message, CancellationToken ct)
    {
        if (session.Transaction is null) throw new InvalidOperationException("Offers move inside the caller's transaction.");
        var moved = await db.UserTasks.FromSqlRaw($$"""
            UPDATE {{ServerTables.UserTasks}} SET assignee = {2}, claimed_at = NULL
            WHERE id = {0} AND status = '{{UserTaskStatus.Open}}' AND claimed_at IS NULL AND assignee IS NOT DISTINCT FROM {1}
            RETURNING *
            """, id, Text(from), Text(to)).AsNoTracking().ToListAsync(ct);
        if (moved.Count == 0) return false;
        // The caller offers several tasks in one transaction and sends everything with its commit.
        await RecordAsync(moved[0], actor, kind, message(moved[0].Name), ct, flush: false);
        return true;
    }

    /// <summary>Typed, so PostgreSQL knows a null's type in <c>IS NOT DISTINCT FROM</c>.</summary>
    private static NpgsqlParameter Text(string? value) => new() { NpgsqlDbType = NpgsqlDbType.Text, Value = (object?)value ?? DBNull.Value };

    private async Task RecordAsync(UserTaskEntity task, ClaimsPrincipal user, string kind, string message, CancellationToken ct, bool flush = true)
    {
        PeopleJournal.Add(db, task.InstanceId, task.NodeId, user, clock, kind, message);
        var batch = session.Batch;
        var record = new TaskRecord(task.Id, task.InstanceId, task.DefinitionId ?? Guid.Empty, task.NodeId, task.Name, task.Assignee, task.CandidateGroups,
            task.CandidateUsers, task.DueDate, task.Priority, task.FormKey, task.CreatedAt, task.ClaimedAt);
        foreach (var participant in participants) await participant.OnTaskChangedAsync(record, batch, ct);
        if (flush) await session.FlushAsync(ct);
    }
}
