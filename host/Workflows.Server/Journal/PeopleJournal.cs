using System.Security.Claims;
using Workflows.Server.Database;

namespace Workflows.Server.Journal;

/// <summary>
/// What people do outside the engine's steps (claims, delegations, a manager's reassignments), journaled with
/// their name in the same unit of work as the change itself.
/// </summary>
public static class PeopleJournal
{
    public static void Add(ServerDbContext db, Guid instanceId, string? nodeId, ClaimsPrincipal user, TimeProvider clock, string kind, string message) =>
        db.Journal.Add(new JournalEntity { InstanceId = instanceId, At = clock.GetUtcNow(), Kind = kind, NodeId = nodeId, Actor = user.Identity!.Name, Message = message });
}
