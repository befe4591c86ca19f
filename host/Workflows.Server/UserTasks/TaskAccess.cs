using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Workflows.Server.Database;
using Workflows.Server.Identity;
using Workflows.Server.Problems;

namespace Workflows.Server.UserTasks;

/// <summary>A person sees tasks assigned to them, offered to them, or offered to one of their teams; managers and admins see all.</summary>
public static class TaskAccess
{
    public static bool SeesAll(ClaimsPrincipal user) => user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Manager);

    public static bool CanSee(ClaimsPrincipal user, UserTaskEntity task)
    {
        var name = user.Identity?.Name;
        return SeesAll(user) || task.Assignee == name || task.CandidateUsers.Contains(name) || task.CandidateGroups.Any(g => user.HasClaim(IdentityClaims.Team, g));
    }

    /// <summary>
    /// The guard every task action shares: the task exists (404), the user may see it (403) and it is
    /// still open (409). Returns the task, or the problem to answer with.
    /// </summary>
    public static async Task<(UserTaskEntity? Task, IResult? Refusal)> FindOpenAsync(ServerDbContext db, ClaimsPrincipal user, Guid id, bool track)
    {
        var query = track ? db.UserTasks : db.UserTasks.AsNoTracking();
        var task = await query.SingleOrDefaultAsync(t => t.Id == id);
        if (task is null) return (null, Problem.NotFound(NotFoundKind.Task, id));
        if (!CanSee(user, task)) return (null, Results.Forbid());
        if (task.Status != UserTaskStatus.Open) return (null, Problem.Conflict("task.not-open", $"The task is already {task.Status}.", ("status", task.Status)));
        return (task, null);
    }
}
