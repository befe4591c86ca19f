using Microsoft.EntityFrameworkCore;
using Workflows.Server.Database;

namespace Workflows.Server.Identity.SignIn;

/// <summary>Reads a user with their team memberships in one query, by id or by user name.</summary>
public sealed class SessionUsers(ServerDbContext db)
{
    public Task<SessionUser?> FindAsync(Guid id, CancellationToken cancellationToken) => Query(db.Users.Where(u => u.Id == id)).SingleOrDefaultAsync(cancellationToken);

    /// <summary>What the web app is told about the user: who they are, their teams, and the queues they may open.</summary>
    public async Task<AuthEndpoints.Me> MeAsync(SessionUser user, CancellationToken cancellationToken)
    {
        var teams = user.Teams.Select(t => new AuthEndpoints.TeamRef(t.Key, t.Name, t.Lead)).ToArray();
        var queues = user.Roles.Contains(Roles.Admin) || user.Roles.Contains(Roles.Manager)
            ? await db.Teams.AsNoTracking().OrderBy(t => t.Key).Select(t => new AuthEndpoints.TeamRef(t.Key, t.Name, false)).ToArrayAsync(cancellationToken)
            : teams;
        return new AuthEndpoints.Me(user.UserName, user.DisplayName, user.Roles, teams, queues);
    }

    private IQueryable<SessionUser> Query(IQueryable<Users.UserEntity> users) => users.AsNoTracking().Select(u => new SessionUser(u.Id, u.UserName, u.DisplayName,
        u.Active, u.SecurityStamp, u.Roles,
        db.TeamMembers.Where(m => m.UserId == u.Id).Join(db.Teams, m => m.TeamId, t => t.Id, (m, t) => new SessionTeam(t.Key, t.Name, m.IsLead)).ToArray()));
}
