using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Workflows.Engine.Interpreting;
using Workflows.Engine.Runtime;
using Workflows.Desk.Support;
using Workflows.Server.Database;
using Workflows.Server.Instances;
using Workflows.Server.Journal;
using Workflows.Server.Problems;
using Workflows.Server.UserTasks;

namespace Workflows.Desk.Manager.Actions;

/// <summary>
/// What a manager does about a stuck case. Each action is journaled on the instance with the manager's name,
/// in the same transaction as the change itself; cancelling closes the case in the cancelling step.
/// </summary>
public static class ManagerActions
{
    public sealed record ReassignRequest(string? UserName);
    public sealed record MoveRequest(string? Queue);
    public sealed record RetryWithDataRequest(int? Retries, Dictionary<string, JsonElement>? Variables);

    /// <summary>Someone a task can be given to, with the queues they work.</summary>
    public sealed record Agent(string UserName, string DisplayName, string[] Queues);

    public static void MapManagerActions(this RouteGroupBuilder group)
    {
        group.MapGet("/agents", async (ServerDbContext db, CancellationToken ct) => await db.Users.AsNoTracking()
            .Where(u => u.Active && db.TeamMembers.Any(m => m.UserId == u.Id)).OrderBy(u => u.UserName)
            .Select(u => new Agent(u.UserName, u.DisplayName, db.TeamMembers.Where(m => m.UserId == u.Id).Join(db.Teams, m => m.TeamId, t => t.Id, (m, t) => t.Key).ToArray()))
            .ToListAsync(ct));
        group.MapPost("/tasks/{id:guid}/reassign", ReassignAsync).Produces<UserTaskView>();
        group.MapPost("/tasks/{id:guid}/move", MoveAsync).Produces<UserTaskView>();
        group.MapPost("/incidents/{id:guid}/retry", RetryAsync).Produces<InstanceEndpoints.InstanceOutcome>();
        group.MapPost("/instances/{id:guid}/cancel", CancelAsync).Produces<InstanceEndpoints.InstanceOutcome>();
    }

    private static async Task<IResult> ReassignAsync(Guid id, ReassignRequest request, ServerDbContext db, TaskAssignments tasks, ClaimsPrincipal manager,
        TimeProvider clock, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.UserName)) return Problem.Field("userName", "Say whom to give the task to.");
        var to = await db.Users.AsNoTracking().Where(u => u.UserName == request.UserName && u.Active).Select(u => new
        {
            u.UserName, Teams = db.TeamMembers.Where(m => m.UserId == u.Id).Join(db.Teams, m => m.TeamId, t => t.Id, (m, t) => t.Key).ToArray(),
        }).SingleOrDefaultAsync(ct);
        if (to is null) return Problem.Field("userName", $"There is no active user '{request.UserName}'.");
        return await tasks.ChangeAsync(id, manager, (UserTaskEntity task, out IResult? refusal) =>
        {
            refusal = !to.Teams.Any(task.CandidateGroups.Contains) && !task.CandidateUsers.Contains(to.UserName)
                ? Problem.Field("userName", $"{to.UserName} is not in the task's queue ({string.Join(", ", task.CandidateGroups)}); move the task first.")
                : null;
            if (refusal is not null) return null;
            var was = task.Assignee;
            (task.Assignee, task.ClaimedAt) = (to.UserName, clock.GetUtcNow());
            return ("TaskReassigned", $"Task '{task.Name}' reassigned to {to.UserName}{(was is null ? "" : $" (was {was})")}.");
        }, ct);
    }

    private static async Task<IResult> MoveAsync(Guid id, MoveRequest request, TaskAssignments tasks, ServerDbContext db, ClaimsPrincipal manager, CancellationToken ct)
    {
        if (request.Queue is not { } queue || !await db.Teams.AnyAsync(t => t.Key == queue, ct))
            return Problem.Field("queue", $"queue is the key of a team ({string.Join(", ", await db.Teams.OrderBy(t => t.Key).Select(t => t.Key).ToListAsync(ct))}).");
        return await tasks.ChangeAsync(id, manager, (UserTaskEntity task, out IResult? refusal) =>
        {
            refusal = null;
            var from = string.Join(", ", task.CandidateGroups);
            // A moved task starts over in its new queue: nobody holds it, and only that queue's agents see it.
            (task.CandidateGroups, task.CandidateUsers, task.Assignee, task.ClaimedAt) = ([queue], [], null, null);
            return ("TaskMoved", $"Task '{task.Name}' moved from {from} to {queue}.");
        }, ct);
    }

    private static async Task<IResult> RetryAsync(Guid id, RetryWithDataRequest? request, ServerDbContext db, WorkflowRuntime runtime, ClaimsPrincipal manager,
        TimeProvider clock)
    {
        var retries = request?.Retries ?? 3;
        if (retries is < 1 or > 100) return Problem.Field("retries", "retries must be between 1 and 100.");
        var incident = await db.Incidents.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id);
        if (incident is null) return Problem.NotFound(NotFoundKind.Incident, id);
        if (incident.ResolvedAt is not null) return Problem.Conflict("incident.resolved", "The incident is already resolved.");
        var changed = request?.Variables is { Count: > 0 } variables ? $" after setting {string.Join(", ", variables.Keys)}" : "";
        // Tracked here, saved by the retry's step: journaled if and only if the retry happened.
        PeopleJournal.Add(db, incident.InstanceId, incident.NodeId, manager, clock, "IncidentRetried", $"Incident at '{incident.NodeId}' retried{changed}.");
        var outcome = await runtime.ApplyAsync(incident.InstanceId, new RetryIncident(incident.LocalId, retries, request?.Variables), manager.Identity!.Name, null,
            CancellationToken.None);
        return outcome.Outcome switch
        {
            StepOutcome.Ok => Results.Ok(new InstanceEndpoints.InstanceOutcome(outcome.InstanceId, outcome.Status)),
            StepOutcome.Stale => Problem.Conflict("incident.gone", "The incident no longer exists on the instance."),
            _ => Problem.Step(outcome.Error!),
        };
    }

    private static async Task<IResult> CancelAsync(Guid id, InstanceEndpoints.CancelRequest? request, WorkflowRuntime runtime, ClaimsPrincipal manager)
    {
        var (reason, problem) = CancelReason.Check(request?.Reason);
        if (problem is not null) return problem;
        var text = $"Cancelled by {manager.Identity!.Name}: {reason}";
        var outcome = await runtime.ApplyAsync(id, new CancelInstance(text), manager.Identity.Name, null, CancellationToken.None);
        return outcome.Error?.Code == "not-found" ? Problem.NotFound(NotFoundKind.Instance, id)
            : outcome.Outcome == StepOutcome.Stale ? Problem.Conflict("instance.ended", "The instance has already ended.")
            : outcome.Outcome == StepOutcome.Failed ? Problem.Step(outcome.Error!)
            : Results.Ok(new InstanceEndpoints.InstanceOutcome(outcome.InstanceId, outcome.Status));
    }
}
