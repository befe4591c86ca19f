using System.Security.Claims;
using Workflows.Host.Database;
using Workflows.Host.Problems;

namespace Workflows.Host.UserTasks;

/// <summary>
/// Camunda's delegation: the assignee hands the task to someone for their part of the work (owner keeps
/// it), the delegate resolves it back, and the owner completes it.
/// </summary>
public static class TaskDelegation
{
    public static async Task<IResult> DelegateAsync(WorkflowsDbContext db, ClaimsPrincipal user, TimeProvider clock, Guid id, string delegateTo)
    {
        var (task, refusal) = await TaskAccess.FindOpenAsync(db, user, id, track: true);
        if (task is null) return refusal!;
        task.Owner ??= task.Assignee ?? user.Identity!.Name;
        task.Assignee = delegateTo;
        task.DelegationState = "pending";
        TaskAccess.Journal(db, task, user, clock, $"Task '{task.Name}' delegated by {task.Owner} to {delegateTo}.");
        await db.SaveChangesAsync();
        return Results.Ok(task);
    }

    public static async Task<IResult> ResolveAsync(WorkflowsDbContext db, ClaimsPrincipal user, TimeProvider clock, Guid id)
    {
        var (task, refusal) = await TaskAccess.FindOpenAsync(db, user, id, track: true);
        if (task is null) return refusal!;
        if (task.DelegationState != "pending") return Problem.Conflict("The task is not delegated.");
        if (task.Assignee != user.Identity!.Name && !TaskAccess.SeesAll(user)) return Problem.Conflict($"Only {task.Assignee} can resolve the task.");
        task.Assignee = task.Owner;
        task.DelegationState = "resolved";
        TaskAccess.Journal(db, task, user, clock, $"Task '{task.Name}' resolved back to {task.Owner}.");
        await db.SaveChangesAsync();
        return Results.Ok(task);
    }
}
