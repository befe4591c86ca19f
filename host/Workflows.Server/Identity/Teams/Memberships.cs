using Workflows.Server.Database;

namespace Workflows.Server.Identity.Teams;

/// <summary>
/// Makes a set of memberships (one team's members, or one user's teams) exactly what is wanted: rows no longer
/// wanted go, kept ones take the wanted lead flag, new ones are added. Tracked rows are changed, not replaced, so a
/// membership that stays is never deleted and inserted again.
/// </summary>
public static class Memberships
{
    public static void Sync(ServerDbContext db, List<TeamMemberEntity> current, IReadOnlyDictionary<(Guid TeamId, Guid UserId), bool> wanted)
    {
        db.TeamMembers.RemoveRange(current.Where(m => !wanted.ContainsKey((m.TeamId, m.UserId))));
        foreach (var member in current.Where(m => wanted.ContainsKey((m.TeamId, m.UserId)))) member.IsLead = wanted[(member.TeamId, member.UserId)];
        foreach (var ((teamId, userId), lead) in wanted.Where(w => !current.Any(m => m.TeamId == w.Key.TeamId && m.UserId == w.Key.UserId)))
            db.TeamMembers.Add(new TeamMemberEntity { TeamId = teamId, UserId = userId, IsLead = lead });
    }
}
