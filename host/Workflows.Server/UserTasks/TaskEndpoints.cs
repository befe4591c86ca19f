using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Workflows.Engine.Interpreting;
using Workflows.Engine.Runtime;
using Workflows.Server.Database;
using Workflows.Server.Identity;
using Workflows.Server.Problems;

namespace Workflows.Server.UserTasks;

public static class TaskEndpoints
{
    public sealed record CompleteRequest(Dictionary<string, JsonElement>? Variables);
    public sealed record CompleteResponse(Guid InstanceId, string InstanceStatus, IReadOnlyList<OpenedTask> OpenedTasks);
    public sealed record OpenedTask(Guid Id, string NodeId, string Name, string[] CandidateGroups);
    public sealed record AssignRequest(string? UserName);

    public static void MapTaskEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/tasks").WithTags("Tasks");
        group.MapGet("/", ListAsync).Produces<List<UserTaskView>>();
        group.MapGet("/{id:guid}", async (Guid id, ServerDbContext db, ClaimsPrincipal user) =>
            await db.UserTasks.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id) is not { } task ? Problem.NotFound(NotFoundKind.Task, id)
            : TaskAccess.CanSee(user, task) ? Results.Ok(UserTaskView.From(task)) : Results.Forbid()).Produces<UserTaskView>();
        group.MapPost("/{id:guid}/claim", (Guid id, TaskAssignments tasks, ClaimsPrincipal user, CancellationToken ct) => tasks.ClaimAsync(id, user, ct))
            .Produces<UserTaskView>();
        group.MapPost("/{id:guid}/unclaim", (Guid id, TaskAssignments tasks, ClaimsPrincipal user, CancellationToken ct) =>
            tasks.AssignAsync(id, user, null, ct)).Produces<UserTaskView>();
        group.MapPost("/{id:guid}/assign", (Guid id, AssignRequest request, TaskAssignments tasks, ClaimsPrincipal user, CancellationToken ct) =>
            string.IsNullOrWhiteSpace(request.UserName) ? Task.FromResult(Problem.Field("userName", "Say whom to assign the task to."))
            : tasks.AssignAsync(id, user, request.UserName, ct)).Produces<UserTaskView>();
        group.MapPost("/{id:guid}/delegate", (Guid id, AssignRequest request, TaskAssignments tasks, ClaimsPrincipal user, CancellationToken ct) =>
            string.IsNullOrWhiteSpace(request.UserName) ? Task.FromResult(Problem.Field("userName", "Say whom to delegate the task to."))
            : tasks.ChangeAsync(id, user, TaskDelegation.DelegateTo(request.UserName, user.Identity!.Name!), ct)).Produces<UserTaskView>();
        group.MapPost("/{id:guid}/resolve", (Guid id, TaskAssignments tasks, ClaimsPrincipal user, CancellationToken ct) =>
            tasks.ChangeAsync(id, user, TaskDelegation.ResolveBack(user.Identity!.Name!, TaskAccess.SeesAll(user)), ct)).Produces<UserTaskView>();
        group.MapPost("/{id:guid}/complete", CompleteAsync).Produces<CompleteResponse>();
    }

    private static async Task<IResult> ListAsync(ServerDbContext db, ClaimsPrincipal user, bool? mine, string? group, Guid? instanceId, string? sort)
    {
        var name = user.Identity!.Name!;
        var teams = user.FindAll(IdentityClaims.Team).Select(c => c.Value).ToArray();
        var query = db.UserTasks.AsNoTracking().Where(t => t.Status == UserTaskStatus.Open);
        if (!TaskAccess.SeesAll(user))
            query = query.Where(t => t.Assignee == name || t.CandidateUsers.Contains(name) || t.CandidateGroups.Any(g => teams.Contains(g)));
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
        return query is null ? Problem.Field("sort", "sort is one of priority, due, created.")
            : Results.Ok((await query.Take(500).ToListAsync()).Select(UserTaskView.From).ToList());
    }

    /// <summary>
    /// Four round trips: the task (who may complete it), then the step: the instance locked, its writes in one batch,
    /// the commit. The tasks the step opened come back with their ids, so an agent goes straight on without a query.
    /// </summary>
    private static async Task<IResult> CompleteAsync(Guid id, CompleteRequest? request, ServerDbContext db, WorkflowRuntime runtime, ClaimsPrincipal user,
        CancellationToken ct)
    {
        var (task, refusal) = await TaskAccess.FindOpenAsync(db, user, id, track: false);
        if (task is null) return refusal!;
        if (task.Assignee is { } assignee && assignee != user.Identity!.Name)
            return Problem.Conflict("task.claimed-by-other", $"The task is claimed by {assignee}; only they can complete it.", ("assignee", assignee));
        if (task.DelegationState == "pending")
            return Problem.Conflict("task.delegated", $"The task is delegated to {task.Assignee}; they resolve it back to {task.Owner} before it can be completed.", ("assignee", task.Assignee), ("owner", task.Owner));
        var outcome = await runtime.ApplyAsync(task.InstanceId, new CompleteUserTask(task.LocalId, request?.Variables), user.Identity!.Name, null,
            CancellationToken.None); // a step once begun finishes even if the caller hangs up
        return outcome.Outcome switch
        {
            StepOutcome.Ok => Results.Ok(new CompleteResponse(outcome.InstanceId, outcome.Status, outcome.OpenedTasks
                .Select(t => new OpenedTask(UserTaskIds.For(outcome.InstanceId, t.TaskId), t.NodeId, t.Name, [.. t.CandidateGroups])).ToList())),
            StepOutcome.Stale => Problem.Conflict("task.gone", "The task has already been completed or withdrawn."),
            _ => Problem.Step(outcome.Error!),
        };
    }
}
