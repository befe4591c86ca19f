using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Workflows.Host.Auth;
using Workflows.Host.Database;
using Workflows.Host.Journal;
using Workflows.Host.Problems;

namespace Workflows.Host.UserTasks;

/// <summary>An agent sees tasks assigned to them, offered to them, or offered to one of their groups.</summary>
public static class TaskAccess
{
    public static bool SeesAll(ClaimsPrincipal user) => user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Manager);

    public static bool CanSee(ClaimsPrincipal user, UserTaskEntity task)
    {
        var name = user.Identity?.Name;
        return SeesAll(user) || task.Assignee == name || task.CandidateUsers.Contains(name) || task.CandidateGroups.Any(user.IsInRole);
    }

    /// <summary>
    /// The guard every task action shares: the task exists (404), the user may see it (403) and it is
    /// still open (409). Returns the task, or the problem to answer with.
    /// </summary>
    public static async Task<(UserTaskEntity? Task, IResult? Refusal)> FindOpenAsync(WorkflowsDbContext db, ClaimsPrincipal user, Guid id, bool track)
    {
        var query = track ? db.UserTasks : db.UserTasks.AsNoTracking();
        var task = await query.SingleOrDefaultAsync(t => t.Id == id);
        if (task is null) return (null, Problem.NotFound($"Task {id}"));
        if (!CanSee(user, task)) return (null, Results.Forbid());
        if (task.Status != UserTaskStatus.Open) return (null, Problem.Conflict($"The task is already {task.Status}."));
        return (task, null);
    }

    /// <summary>Assignment changes are journaled apart from the engine's own entries, with who made them.</summary>
    public static void Journal(WorkflowsDbContext db, UserTaskEntity task, ClaimsPrincipal user, TimeProvider clock, string message) =>
        PeopleJournal.Add(db, task.InstanceId, task.NodeId, user, clock, "TaskAssigned", message);
}
