using Microsoft.AspNetCore.Http;
using Workflows.Server.Problems;

namespace Workflows.Server.UserTasks;

/// <summary>
/// Camunda's delegation: the assignee hands the task to someone for their part of the work (the owner keeps it),
/// the delegate resolves it back, and the owner completes it.
/// </summary>
public static class TaskDelegation
{
    public static TaskAssignments.Change DelegateTo(string delegateTo, string me) => (UserTaskEntity task, out IResult? refusal) =>
    {
        refusal = null;
        task.Owner ??= task.Assignee ?? me;
        task.Assignee = delegateTo;
        task.DelegationState = "pending";
        return ("TaskAssigned", $"Task '{task.Name}' delegated by {task.Owner} to {delegateTo}.");
    };

    public static TaskAssignments.Change ResolveBack(string me, bool seesAll) => (UserTaskEntity task, out IResult? refusal) =>
    {
        refusal = task.DelegationState != "pending" ? Problem.Conflict("task.not-delegated", "The task is not delegated.")
            : task.Assignee != me && !seesAll ? Problem.Conflict("task.delegated-to-other", $"Only {task.Assignee} can resolve the task.", ("assignee", task.Assignee))
            : null;
        if (refusal is not null) return null;
        task.Assignee = task.Owner;
        task.DelegationState = "resolved";
        return ("TaskAssigned", $"Task '{task.Name}' resolved back to {task.Owner}.");
    };
}
