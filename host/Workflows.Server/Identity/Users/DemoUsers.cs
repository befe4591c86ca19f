using Microsoft.EntityFrameworkCore;
using Workflows.Server.Database;
using Workflows.Server.Identity.Passwords;
using Workflows.Server.Identity.Teams;

namespace Workflows.Server.Identity.Users;

/// <summary>
/// The demo users, all with password "demo": the server's (admin, designer, manager) and whatever each module
/// registers. Seeding adds the missing ones with their team memberships and touches no one else.
/// </summary>
public static class DemoUsers
{
    public static async Task<IReadOnlyList<DemoUser>> SeedAsync(ServerDbContext db, IEnumerable<DemoUser> users, PasswordHashing hashing, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var existing = await db.Users.Select(u => u.NormalizedUserName).ToListAsync(cancellationToken);
        var teams = await db.Teams.ToDictionaryAsync(t => t.Key, t => t.Id, cancellationToken);
        var all = users.ToList();
        var now = clock.GetUtcNow();
        var missing = all.Where(u => !existing.Contains(UserEntity.Normalize(u.UserName))).ToList();
        // One hash for all of them: they share the password, and Argon2 is meant to be slow.
        var hash = missing.Count > 0 ? hashing.Hash("demo") : null;
        foreach (var demo in missing)
        {
            var user = new UserEntity
            {
                Id = Guid.CreateVersion7(), UserName = demo.UserName, NormalizedUserName = UserEntity.Normalize(demo.UserName), DisplayName = demo.DisplayName,
                Roles = demo.Roles, PasswordHash = hash, Languages = ["zh-CN", "en"], CreatedAt = now, UpdatedAt = now,
            };
            db.Users.Add(user);
            foreach (var team in demo.Teams) db.TeamMembers.Add(new TeamMemberEntity { TeamId = teams[team], UserId = user.Id });
        }
        await db.SaveChangesAsync(cancellationToken);
        return all;
    }
}
