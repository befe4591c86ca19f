using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Workflows.Engine.Interpreting;
using Workflows.Host.Auth;
using Workflows.Host.Database;
using Workflows.Host.Problems;
using Workflows.Engine.Runtime;

namespace Workflows.Host.UserTasks;

public static class TaskEndpoints
{
    public sealed record CompleteRequest(Dictionary<string, JsonElement>? Variables);
    public sealed record CompleteResponse(Guid InstanceId, string InstanceStatus, IReadOnlyList<OpenedTask> OpenedTasks);
    public sealed record OpenedTask(Guid Id, string NodeId, string Name, string[] CandidateGroups);
    public sealed record AssignRequest(string? UserName);

    public static void MapTaskEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/tasks").WithTags("Tasks");
        group.MapGet("/", ListAsync);
        group.MapGet("/{id:guid}", async (Guid id, WorkflowsDbContext db, ClaimsPrincipal user) =>
            await db.UserTasks.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id) is not { } task ? Problem.NotFound($"Task {id}")
            : TaskAccess.CanSee(user, task) ? Results.Ok(task) : Results.Forbid());
        group.MapPost("/{id:guid}/claim", ClaimAsync);
        group.MapPost("/{id:guid}/unclaim", (Guid id, WorkflowsDbContext db, ClaimsPrincipal user, TimeProvider clock) =>
            AssignAsync(db, user, clock, id, null, "unclaimed"));
        group.MapPost("/{id:guid}/assign", (Guid id, AssignRequest request, WorkflowsDbContext db, ClaimsPrincipal user, TimeProvider clock) =>
            string.IsNullOrWhiteSpace(request.UserName) ? Task.FromResult(Problem.Field("userName", "Say whom to assign the task to."))
            : AssignAsync(db, user, clock, id, request.UserName, "assigned"));
        group.MapPost("/{id:guid}/delegate", (Guid id, AssignRequest request, WorkflowsDbContext db, ClaimsPrincipal user, TimeProvider clock) =>
            string.IsNullOrWhiteSpace(request.UserName) ? Task.FromResult(Problem.Field("userName", "Say whom to delegate the task to."))
            : TaskDelegation.DelegateAsync(db, user, clock, id, request.UserName));
        group.MapPost("/{id:guid}/resolve", (Guid id, WorkflowsDbContext db, ClaimsPrincipal user, TimeProvider clock) =>
            TaskDelegation.ResolveAsync(db, user, clock, id));
        group.MapPost("/{id:guid}/complete", CompleteAsync);
    }

    private static async Task<IResult> ListAsync(WorkflowsDbContext db, ClaimsPrincipal user, bool? mine, string? group, Guid? instanceId, string? sort)
    {
        var name = user.Identity!.Name!;
        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToArray();
        var query = db.UserTasks.AsNoTracking().Where(t => t.Status == UserTaskStatus.Open);
        if (!TaskAccess.SeesAll(user))
            query = query.Where(t => t.Assignee == name || t.CandidateUsers.Contains(name) || t.CandidateGroups.Any(g => roles.Contains(g)));
        if (mine == true) query = query.Where(t => t.Assignee == name);
        if (group is not null) query = query.Where(t => t.CandidateGroups.Contains(group));
        if (instanceId is not null) query = query.Where(t => t.InstanceId == instanceId);
        query = sort switch
        {
            "due" => query.OrderBy(t => t.DueDate == null).ThenBy(t => t.DueDate),
            "created" => query.OrderBy(t => t.CreatedAt),
            null or "priority" => query.OrderByDescending(t => t.Priority).ThenBy(t => t.CreatedAt),
            _ => null!,
        };
        return query is null ? Problem.Field("sort", "sort is one of priority, due, created.") : Results.Ok(await query.Take(500).ToListAsync());
    }

    /// <summary>
    /// Claiming is one conditional UPDATE, so of two agents claiming at once exactly one wins; the other is told who.
    /// </summary>
    private static async Task<IResult> ClaimAsync(Guid id, WorkflowsDbContext db, ClaimsPrincipal user, TimeProvider clock)
    {
        var (task, refusal) = await TaskAccess.FindOpenAsync(db, user, id, track: false);
        if (task is null) return refusal!;
        var (me, now) = (user.Identity!.Name!, clock.GetUtcNow());
        await using var transaction = await db.Database.BeginTransactionAsync();
        var claimed = await db.UserTasks.Where(t => t.Id == id && t.Status == UserTaskStatus.Open && (t.Assignee == null || t.Assignee == me))
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Assignee, me).SetProperty(t => t.ClaimedAt, now));
        if (claimed == 0)
        {
            var current = await db.UserTasks.AsNoTracking().Where(t => t.Id == id).Select(t => new { t.Assignee, t.Status }).SingleAsync();
            return Problem.Conflict(current.Status != UserTaskStatus.Open ? $"The task is already {current.Status}." : $"The task is already claimed by {current.Assignee}.");
        }
        TaskAccess.Journal(db, task, user, clock, $"Task '{task.Name}' claimed: {me}.");
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return Results.Ok(await db.UserTasks.AsNoTracking().SingleAsync(t => t.Id == id));
    }

    private static async Task<IResult> AssignAsync(WorkflowsDbContext db, ClaimsPrincipal user, TimeProvider clock, Guid id, string? assignee, string verb)
    {
        var (task, refusal) = await TaskAccess.FindOpenAsync(db, user, id, track: true);
        if (task is null) return refusal!;
        task.Assignee = assignee;
        task.ClaimedAt = assignee is null ? null : clock.GetUtcNow();
        TaskAccess.Journal(db, task, user, clock, assignee is null ? $"Task '{task.Name}' unclaimed." : $"Task '{task.Name}' {verb}: {assignee}.");
        await db.SaveChangesAsync();
        return Results.Ok(task);
    }

    private static async Task<IResult> CompleteAsync(Guid id, CompleteRequest? request, WorkflowsDbContext db, WorkflowRuntime runtime, ClaimsPrincipal user)
    {
        var (task, refusal) = await TaskAccess.FindOpenAsync(db, user, id, track: false);
        if (task is null) return refusal!;
        if (task.Assignee is { } assignee && assignee != user.Identity!.Name)
            return Problem.Conflict($"The task is claimed by {assignee}; only they can complete it.");
        if (task.DelegationState == "pending")
            return Problem.Conflict($"The task is delegated to {task.Assignee}; they resolve it back to {task.Owner} before it can be completed.");
        var outcome = await runtime.ApplyAsync(task.InstanceId, new CompleteUserTask(task.LocalId, request?.Variables), user.Identity!.Name, null, CancellationToken.None);
        return outcome.Outcome switch
        {
            StepOutcome.Ok => Results.Ok(new CompleteResponse(outcome.InstanceId, outcome.Status, await OpenedAsync(db, outcome))),
            StepOutcome.Stale => Problem.Conflict("The task has already been completed or withdrawn."),
            _ => Problem.Step(outcome.Error!),
        };
    }

    /// <summary>The tasks the completion opened on the same case, so an agent can go straight on without a query.</summary>
    private static async Task<IReadOnlyList<OpenedTask>> OpenedAsync(WorkflowsDbContext db, RuntimeOutcome outcome)
    {
        if (outcome.OpenedTasks.Count == 0) return [];
        var localIds = outcome.OpenedTasks.ToList();
        return await db.UserTasks.AsNoTracking().Where(t => t.InstanceId == outcome.InstanceId && localIds.Contains(t.LocalId))
            .Select(t => new OpenedTask(t.Id, t.NodeId, t.Name, t.CandidateGroups)).ToListAsync();
    }
}
