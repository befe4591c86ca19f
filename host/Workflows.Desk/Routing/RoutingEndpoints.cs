using Microsoft.EntityFrameworkCore;
using Workflows.Desk.Database;
using Workflows.Server.Database;
using Workflows.Server.Database.Signals;
using Workflows.Server.Identity;
using Workflows.Server.Identity.Audit;
using Workflows.Server.Problems;

namespace Workflows.Desk.Routing;

/// <summary><c>/api/admin/teams/{key}/routing</c>: how a team's queue is served. Admins only; every change is audited.</summary>
public static class RoutingEndpoints
{
    public static void MapRoutingEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/admin/teams/{key}/routing").WithTags("Floor").RequireAuthorization(p => p.RequireRole(Roles.Admin));
        group.MapGet("/", async (string key, ServerDbContext server, DeskDbContext desk, CancellationToken ct) =>
            !await server.Teams.AnyAsync(t => t.Key == key, ct) ? Problem.NotFound(NotFoundKind.Team, key)
            : Results.Ok(RoutingSettings.From(await desk.TeamRoutings.AsNoTracking().SingleOrDefaultAsync(r => r.TeamKey == key, ct))))
            .Produces<RoutingSettings>();
        group.MapPut("/", async (string key, RoutingInput input, ServerDbContext server, DeskDbContext desk, DatabaseSession session, AuditLog audit,
            TimeProvider clock, CancellationToken ct) =>
        {
            if (!await server.Teams.AnyAsync(t => t.Key == key, ct)) return Problem.NotFound(NotFoundKind.Team, key);
            var row = await desk.TeamRoutings.SingleOrDefaultAsync(r => r.TeamKey == key, ct);
            var before = RoutingSettings.From(row);
            var (settings, mistake) = RoutingRules.Apply(before, input);
            if (settings is null) return Problem.Field(mistake!);
            if (row is null) desk.TeamRoutings.Add(row = new TeamRoutingEntity { TeamKey = key, Mode = settings.Mode });
            (row.Mode, row.TicketCapacity, row.ChatCapacity, row.OfferTimeoutSeconds, row.UpdatedAt) =
                (settings.Mode, settings.Capacity.Ticket, settings.Capacity.Chat, settings.OfferTimeoutSeconds, clock.GetUtcNow());
            audit.Add("team.routing", "team", key, key, before, settings);
            // Every host's routing wakes and takes the new settings at once.
            DatabaseSignals.Send(session.Batch, RoutingSignal.Channel);
            await session.SaveChangesAsync(ct);
            return Results.Ok(settings);
        }).Produces<RoutingSettings>();
    }
}
