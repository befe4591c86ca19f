using Microsoft.EntityFrameworkCore;
using Workflows.Server.Database;

namespace Workflows.Server.Identity.Teams;

/// <summary>Makes the teams the shipped flows offer tasks to, where they are missing; a team an admin renamed keeps its name.</summary>
public static class ShippedTeams
{
    public static async Task EnsureAsync(ServerDbContext db, IEnumerable<ShippedTeam> teams, TimeProvider clock, CancellationToken cancellationToken)
    {
        var existing = await db.Teams.Select(t => t.Key).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var team in teams.Where(t => !existing.Contains(t.Key)).DistinctBy(t => t.Key))
            db.Teams.Add(new TeamEntity { Id = Guid.CreateVersion7(), Key = team.Key, Name = team.Name, CreatedAt = now, UpdatedAt = now });
        await db.SaveChangesAsync(cancellationToken);
    }
}
