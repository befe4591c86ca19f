using Microsoft.EntityFrameworkCore;
using Workflows.Server.Database;
using Workflows.Server.Identity.SignIn;

namespace Workflows.Server.Identity.Users;

/// <summary>Reads users as admins see them, with their teams, one query per page.</summary>
public sealed class UserDirectory(ServerDbContext db)
{
    public Task<UserView?> FindAsync(Guid id, CancellationToken ct) => Views(db.Users.Where(u => u.Id == id)).SingleOrDefaultAsync(ct);

    /// <summary>Users whose name, display name or e-mail contains <paramref name="text"/>, by user name, a page at a time.</summary>
    public async Task<(List<UserView> Users, int Total)> SearchAsync(string? text, bool? active, string? team, int skip, int take, CancellationToken ct)
    {
        var users = db.Users.AsQueryable();
        if (!string.IsNullOrWhiteSpace(text))
        {
            var pattern = "%" + text.Trim().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
            users = users.Where(u => EF.Functions.ILike(u.UserName, pattern) || EF.Functions.ILike(u.DisplayName, pattern) || EF.Functions.ILike(u.Email ?? "", pattern));
        }
        if (active is not null) users = users.Where(u => u.Active == active);
        if (team is not null)
            users = users.Where(u => db.TeamMembers.Any(m => m.UserId == u.Id && db.Teams.Any(t => t.Id == m.TeamId && t.Key == team)));
        var total = await users.CountAsync(ct);
        return (await Views(users.OrderBy(u => u.NormalizedUserName).Skip(skip).Take(take)).ToListAsync(ct), total);
    }

    /// <summary>The rows of <paramref name="users"/> as views, keeping their order.</summary>
    public IQueryable<UserView> Views(IQueryable<UserEntity> users) => users.AsNoTracking().Select(u => new UserView(u.Id, u.UserName, u.DisplayName, u.Email,
        u.Active, u.Roles, u.Skills, u.Languages,
        db.TeamMembers.Where(m => m.UserId == u.Id).Join(db.Teams, m => m.TeamId, t => t.Id, (m, t) => new AuthEndpoints.TeamRef(t.Key, t.Name, m.IsLead)).ToArray(),
        u.PasswordHash != null, u.SsoSubject != null, u.LockedUntil, u.ExternalId, u.CreatedAt, u.UpdatedAt));
}
