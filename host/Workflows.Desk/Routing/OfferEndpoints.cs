using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Workflows.Desk.Database;
using Workflows.Server.Problems;

namespace Workflows.Desk.Routing;

/// <summary>
/// <c>/api/me/offers</c>: the tasks the routing offered the signed-in agent and not yet claimed. Claiming a task
/// (<c>POST /api/tasks/{id}/claim</c>) accepts its offer; declining hands it to the next agent.
/// </summary>
public static class OfferEndpoints
{
    public sealed record OfferView(Guid TaskId, Guid InstanceId, string TeamKey, DateTimeOffset OfferedAt, DateTimeOffset ExpiresAt);

    public static void MapOfferEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/me/offers").WithTags("Floor");
        group.MapGet("/", async (ClaimsPrincipal user, DeskDbContext desk, CancellationToken ct) =>
            await desk.RoutingOffers.AsNoTracking().Where(o => o.UserName == user.Identity!.Name).OrderBy(o => o.OfferedAt)
                .Select(o => new OfferView(o.TaskId, o.InstanceId, o.TeamKey, o.OfferedAt, o.ExpiresAt)).ToListAsync(ct));
        group.MapPost("/{taskId:guid}/decline", async (Guid taskId, ClaimsPrincipal user, Offers offers, CancellationToken ct) =>
            await offers.WithdrawAsync(taskId, user.Identity!.Name!, $"declined by {user.Identity!.Name}", "declined", ct)
                ? Results.NoContent()
                : Problem.NotFound($"An offer of task {taskId} to you"));
    }
}
