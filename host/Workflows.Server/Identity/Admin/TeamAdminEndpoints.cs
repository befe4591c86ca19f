using Microsoft.EntityFrameworkCore;
using Workflows.Server.Database;
using Workflows.Server.Identity.Teams;
using Workflows.Server.Problems;

namespace Workflows.Server.Identity.Admin;

/// <summary><c>/api/admin/teams</c> for admins; <c>/api/teams</c> (keys and names) for everyone signed in, to name queues.</summary>
public static class TeamAdminEndpoints
{
    public sealed record TeamSummary(string Key, string Name);

    public static void MapTeamAdminEndpoints(this RouteGroupBuilder admin)
    {
        admin.MapGet("/teams", (TeamDirectory teams, CancellationToken ct) => teams.ListAsync(ct));
        admin.MapGet("/teams/{id:guid}", async (Guid id, TeamDirectory teams, CancellationToken ct) =>
            await teams.FindAsync(id, ct) is { } team ? Results.Ok(team) : Problem.NotFound(NotFoundKind.Team, id)).Produces<TeamView>();
        admin.MapPost("/teams", async (TeamInput input, TeamAdministration teams, CancellationToken ct) =>
            (await teams.CreateAsync(input, ct)).ToResult(NotFoundKind.Team, "", t => Results.Created($"/api/admin/teams/{t.Id}", t)))
            .Produces<TeamView>(StatusCodes.Status201Created);
        admin.MapPatch("/teams/{id:guid}", async (Guid id, TeamInput input, TeamAdministration teams, CancellationToken ct) =>
            (await teams.UpdateAsync(id, input, ct)).ToResult(NotFoundKind.Team, id, Results.Ok)).Produces<TeamView>();
        admin.MapDelete("/teams/{id:guid}", async (Guid id, TeamAdministration teams, CancellationToken ct) =>
            await teams.DeleteAsync(id, ct) ? Results.NoContent() : Problem.NotFound(NotFoundKind.Team, id)).Produces(StatusCodes.Status204NoContent);
    }

    public static void MapTeamList(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/teams", (ServerDbContext db, CancellationToken ct) =>
                db.Teams.AsNoTracking().OrderBy(t => t.Key).Select(t => new TeamSummary(t.Key, t.Name)).ToListAsync(ct))
            .WithTags("Teams").WithSummary("Every team's key and name: the queues tasks are offered to.");
}
