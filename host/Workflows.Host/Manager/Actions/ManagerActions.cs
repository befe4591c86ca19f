using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Workflows.Engine.Interpreting;
using Workflows.Engine.Runtime;
using Workflows.Host.Auth;
using Workflows.Host.Cases;
using Workflows.Host.Database;
using Workflows.Host.Journal;
using Workflows.Host.Problems;
using Workflows.Host.UserTasks;

namespace Workflows.Host.Manager.Actions;

/// <summary>
/// What a manager does about a stuck case. Each action is journaled on the instance with the manager's name,
/// in the same transaction as the change itself.
/// </summary>
public static class ManagerActions
{
    public sealed record ReassignRequest(string? UserName);
    public sealed record MoveRequest(string? Queue);
    public sealed record RetryRequest(int? Retries, Dictionary<string, JsonElement>? Variables);
    public sealed record CancelRequest(string? Reason);

    /// <summary>The queues a task can be moved to: the agent groups.</summary>
    public static readonly string[] Queues = [Roles.AgentL1, Roles.AgentL2, Roles.Risk];

    /// <summary>Someone a task can be given to, with the queues they work.</summary>
    public sealed record Agent(string UserName, string DisplayName, string[] Queues);

    public static void MapManagerActions(this RouteGroupBuilder group)
    {
        group.MapGet("/agents", async (WorkflowsDbContext db, CancellationToken ct) => (await db.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(ct))
            .Select(u => new Agent(u.UserName, u.DisplayName, u.Roles.Where(Queues.Contains).ToArray())).Where(a => a.Queues.Length > 0).ToList());
        group.MapPost("/tasks/{id:guid}/reassign", ReassignAsync);
        group.MapPost("/tasks/{id:guid}/move", MoveAsync);
        group.MapPost("/incidents/{id:guid}/retry", RetryAsync);
        group.MapPost("/instances/{id:guid}/cancel", CancelAsync);
    }

    private static async Task<IResult> ReassignAsync(Guid id, ReassignRequest request, WorkflowsDbContext db, ClaimsPrincipal manager, TimeProvider clock)
    {
        if (string.IsNullOrWhiteSpace(request.UserName)) return Problem.Field("userName", "Say whom to give the task to.");
        var to = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.UserName == request.UserName);
        if (to is null) return Problem.Field("userName", $"There is no user '{request.UserName}'.");
        var (task, refusal) = await TaskAccess.FindOpenAsync(db, manager, id, track: true);
        if (task is null) return refusal!;
        if (!to.Roles.Any(task.CandidateGroups.Contains) && !task.CandidateUsers.Contains(to.UserName))
            return Problem.Field("userName", $"{to.UserName} is not in the task's queue ({string.Join(", ", task.CandidateGroups)}); move the task first.");
        var was = task.Assignee;
        (task.Assignee, task.ClaimedAt) = (to.UserName, clock.GetUtcNow());
        PeopleJournal.Add(db, task.InstanceId, task.NodeId, manager, clock, "TaskReassigned",
            $"Task '{task.Name}' reassigned to {to.UserName}{(was is null ? "" : $" (was {was})")}.");
        await db.SaveChangesAsync();
        return Results.Ok(task);
    }

    private static async Task<IResult> MoveAsync(Guid id, MoveRequest request, WorkflowsDbContext db, ClaimsPrincipal manager, TimeProvider clock)
    {
        if (request.Queue is not { } queue || !Queues.Contains(queue))
            return Problem.Field("queue", $"queue is one of {string.Join(", ", Queues)}.");
        var (task, refusal) = await TaskAccess.FindOpenAsync(db, manager, id, track: true);
        if (task is null) return refusal!;
        var from = string.Join(", ", task.CandidateGroups);
        // A moved task starts over in its new queue: nobody holds it, and only that queue's agents see it.
        (task.CandidateGroups, task.CandidateUsers, task.Assignee, task.ClaimedAt) = ([queue], [], null, null);
        PeopleJournal.Add(db, task.InstanceId, task.NodeId, manager, clock, "TaskMoved", $"Task '{task.Name}' moved from {from} to {queue}.");
        await db.SaveChangesAsync();
        return Results.Ok(task);
    }

    private static async Task<IResult> RetryAsync(Guid id, RetryRequest? request, WorkflowsDbContext db, WorkflowRuntime runtime, ClaimsPrincipal manager,
        TimeProvider clock)
    {
        var retries = request?.Retries ?? 3;
        if (retries is < 1 or > 100) return Problem.Field("retries", "retries must be between 1 and 100.");
        var incident = await db.Incidents.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id);
        if (incident is null) return Problem.NotFound($"Incident {id}");
        if (incident.ResolvedAt is not null) return Problem.Conflict("The incident is already resolved.");
        var changed = request?.Variables is { Count: > 0 } variables ? $" after setting {string.Join(", ", variables.Keys)}" : "";
        PeopleJournal.Add(db, incident.InstanceId, incident.NodeId, manager, clock, "IncidentRetried", $"Incident at '{incident.NodeId}' retried{changed}.");
        var outcome = await runtime.ApplyAsync(incident.InstanceId, new RetryIncident(incident.LocalId, retries, request?.Variables), manager.Identity!.Name, null,
            CancellationToken.None);
        return outcome.Outcome switch
        {
            StepOutcome.Ok => Results.Ok(new { outcome.InstanceId, outcome.Status }),
            StepOutcome.Stale => Problem.Conflict("The incident no longer exists on the instance."),
            _ => Problem.Step(outcome.Error!),
        };
    }

    private static async Task<IResult> CancelAsync(Guid id, CancelRequest? request, WorkflowsDbContext db, WorkflowRuntime runtime, ClaimsPrincipal manager,
        TimeProvider clock)
    {
        var reason = string.IsNullOrWhiteSpace(request?.Reason) ? null : request.Reason.Trim();
        if (reason is { Length: > 500 }) return Problem.Field("reason", "reason is at most 500 characters.");
        var text = $"Cancelled by {manager.Identity!.Name}{(reason is null ? "" : $": {reason}")}";
        // The case closes with its instance: saved by the step, so neither happens without the other.
        if (await db.Cases.SingleOrDefaultAsync(c => c.InstanceId == id) is { ClosedAt: null } found)
            (found.Status, found.ClosedAt, found.Resolution) = (CaseStatuses.Closed, clock.GetUtcNow(), found.Resolution ?? text);
        var outcome = await runtime.ApplyAsync(id, new CancelInstance(text), manager.Identity.Name, null, CancellationToken.None);
        return outcome.Error?.Code == "not-found" ? Problem.NotFound($"Instance {id}")
            : outcome.Outcome == StepOutcome.Stale ? Problem.Conflict("The instance has already ended.")
            : outcome.Outcome == StepOutcome.Failed ? Problem.Step(outcome.Error!)
            : Results.Ok(new { outcome.InstanceId, outcome.Status });
    }
}
