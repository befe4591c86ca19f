using System.Security.Claims;
using Workflows.Host.Auth;

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
}
