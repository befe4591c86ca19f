using Microsoft.EntityFrameworkCore;
using Workflows.Server.Database;

namespace Workflows.Server.Identity.Teams;

/// <summary>Reads teams with their members.</summary>
public sealed class TeamDirectory(ServerDbContext db)
{
    public Task<TeamView?> FindAsync(Guid id, CancellationToken ct) => Views(db.Teams.Where(t => t.Id == id)).SingleOrDefaultAsync(ct);

    public Task<List<TeamView>> ListAsync(CancellationToken ct) => Views(db.Teams.OrderBy(t => t.Key)).ToListAsync(ct);

    public IQueryable<TeamView> Views(IQueryable<TeamEntity> teams) => teams.AsNoTracking().Select(t => new TeamView(t.Id, t.Key, t.Name, t.Description, t.ExternalId,
        db.TeamMembers.Where(m => m.TeamId == t.Id).Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { m, u }).OrderBy(x => x.u.NormalizedUserName)
            .Select(x => new TeamMemberView(x.u.Id, x.u.UserName, x.u.DisplayName, x.m.IsLead, x.u.Active)).ToArray(),
        t.CreatedAt, t.UpdatedAt));
}
