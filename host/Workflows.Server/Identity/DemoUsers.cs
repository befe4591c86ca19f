using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Workflows.Server.Database;

namespace Workflows.Server.Identity;

/// <summary>
/// The demo users, all with password "demo": the server's (admin, designer, manager) and whatever each module
/// registers with <see cref="AddDemoUser"/>. Seeding adds the missing ones and touches no one else.
/// </summary>
public static class DemoUsers
{
    public static IServiceCollection AddDemoUser(this IServiceCollection services, string userName, string displayName, params string[] roles) =>
        services.AddSingleton(new DemoUser(userName, displayName, roles));

    public static IServiceCollection AddServerDemoUsers(this IServiceCollection services) => services
        .AddDemoUser("admin", "Administrator / 系统管理员", Roles.Admin)
        .AddDemoUser("designer", "Process designer / 流程设计师", Roles.Designer)
        .AddDemoUser("manager", "Support manager / 客服主管", Roles.Manager);

    public static async Task<IReadOnlyList<DemoUser>> SeedAsync(ServerDbContext db, IEnumerable<DemoUser> users, PasswordHasher<UserEntity> hasher,
        CancellationToken cancellationToken)
    {
        var existing = await db.Users.Select(u => u.UserName).ToListAsync(cancellationToken);
        var all = users.ToList();
        foreach (var demo in all.Where(u => !existing.Contains(u.UserName)))
        {
            var user = new UserEntity { Id = Guid.CreateVersion7(), UserName = demo.UserName, DisplayName = demo.DisplayName, Roles = demo.Roles, PasswordHash = "" };
            user.PasswordHash = hasher.HashPassword(user, "demo");
            db.Users.Add(user);
        }
        await db.SaveChangesAsync(cancellationToken);
        return all;
    }
}
