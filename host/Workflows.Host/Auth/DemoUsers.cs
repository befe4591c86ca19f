using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Workflows.Host.Database;

namespace Workflows.Host.Auth;

/// <summary>The demo users of the embedded default, all with password "demo".</summary>
public static class DemoUsers
{
    private static readonly (string Name, string Display, string[] Roles)[] All =
    [
        ("admin", "Administrator", [Roles.Admin]),
        ("designer", "Process designer", [Roles.Designer]),
        ("agent1", "Agent (L1)", [Roles.AgentL1]),
        ("agent3", "Second agent (L1)", [Roles.AgentL1]),
        ("agent2", "Agent (L2)", [Roles.AgentL2]),
        ("risk1", "Risk analyst", [Roles.Risk]),
        ("manager", "Support manager", [Roles.Manager]),
    ];

    public static async Task<int> SeedAsync(WorkflowsDbContext db, PasswordHasher<UserEntity> hasher, CancellationToken cancellationToken)
    {
        var existing = await db.Users.Select(u => u.UserName).ToListAsync(cancellationToken);
        var added = 0;
        foreach (var (name, display, roles) in All.Where(u => !existing.Contains(u.Name)))
        {
            var user = new UserEntity { Id = Guid.CreateVersion7(), UserName = name, DisplayName = display, Roles = roles, PasswordHash = "" };
            user.PasswordHash = hasher.HashPassword(user, "demo");
            db.Users.Add(user);
            added++;
        }
        await db.SaveChangesAsync(cancellationToken);
        return added;
    }
}
