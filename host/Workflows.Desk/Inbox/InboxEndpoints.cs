using System.Security.Claims;
using Workflows.Desk.Database;
using Workflows.Server.Database;
using Workflows.Server.Identity;
using Workflows.Server.Problems;
using Workflows.Server.UserTasks;

namespace Workflows.Desk.Inbox;

public static class InboxEndpoints
{
    public static void MapInboxEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/inbox", async (DeskDbContext db, ClaimsPrincipal user, string? queue, string? channel, string? category, string? priority,
            string? sort, int? limit, CancellationToken ct) =>
        {
            if (sort is not null && !InboxQuery.Sorts.Contains(sort))
                return Problem.Field("sort", $"sort is one of {string.Join(", ", InboxQuery.Sorts)}.");
            if (limit is < 1 or > 200) return Problem.Field("limit", "limit is 1 to 200.");
            if (queue is not null && queue != "mine" && !user.HasClaim(IdentityClaims.Team, queue) && !TaskAccess.SeesAll(user))
                return Results.Forbid();
            var query = new InboxQuery(queue, channel, category, priority, sort, limit ?? 50);
            return Results.Ok(await query.RunAsync(db, user, ct));
        }).WithTags("Tasks").Produces<List<InboxRow>>().WithSummary("An agent's inbox: open tasks of a queue with their case, sorted by SLA left, priority, due date or age.");
}
