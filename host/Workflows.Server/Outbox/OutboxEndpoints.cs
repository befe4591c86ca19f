using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Workflows.Server.Identity;
using Workflows.Server.Database;

namespace Workflows.Server.Outbox;

public static class OutboxEndpoints
{
    public sealed record OutboxView(Guid Id, Guid? InstanceId, string Kind, JsonElement Payload, DateTimeOffset CreatedAt, DateTimeOffset? DeliveredAt, int Attempts);

    /// <summary>What was sent (or is waiting to be), newest first: for operators checking that customers were told.</summary>
    public static void MapOutboxEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/outbox", async (ServerDbContext db, string? kind, Guid? instanceId, bool? pending, int? limit, CancellationToken ct) =>
        {
            var query = db.Outbox.AsNoTracking();
            if (kind is not null) query = query.Where(o => o.Kind == kind);
            if (instanceId is not null) query = query.Where(o => o.InstanceId == instanceId);
            if (pending is true) query = query.Where(o => o.DeliveredAt == null);
            var rows = await query.OrderByDescending(o => o.CreatedAt).Take(Math.Clamp(limit ?? 100, 1, 500)).ToListAsync(ct);
            return rows.Select(o => new OutboxView(o.Id, o.InstanceId, o.Kind, JsonDocument.Parse(o.Payload).RootElement.Clone(), o.CreatedAt, o.DeliveredAt, o.Attempts));
        }).WithTags("Outbox").RequireAuthorization(p => p.RequireRole(Roles.Manager, Roles.Admin));
}
