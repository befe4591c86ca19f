using System.Security.Claims;
using Workflows.Server.Problems;

namespace Workflows.Desk.Floor;

/// <summary><c>/api/me/presence</c>: an agent says whether they take work (online, busy, away, offline).</summary>
public static class PresenceEndpoints
{
    public sealed record PresenceRequest(string? Status);

    public static void MapPresenceEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/me/presence").WithTags("Floor");
        group.MapGet("/", (ClaimsPrincipal user, AgentPresence presence, CancellationToken ct) => presence.GetAsync(user.Identity!.Name!, ct));
        group.MapPut("/", async (PresenceRequest request, ClaimsPrincipal user, AgentPresence presence, CancellationToken ct) =>
            request.Status is { } status && PresenceStatuses.All.Contains(status)
                ? Results.Ok(await presence.SetAsync(user.Identity!.Name!, status, ct))
                : Problem.Field(Mistake.Of("status.unknown", "status", $"status is one of {string.Join(", ", PresenceStatuses.All)}.",
                    ("value", request.Status), ("statuses", string.Join(", ", PresenceStatuses.All)))))
            .Produces<AgentPresence.Presence>();
    }
}
