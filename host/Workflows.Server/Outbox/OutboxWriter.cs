using System.Text.Json;
using Workflows.Server.Database;

namespace Workflows.Server.Outbox;

/// <summary>
/// Where any module leaves a message for the outside world. The row goes into the scope's batch, so it is written with
/// the scope's transaction (a step's, or the caller's <see cref="DatabaseSession.SaveChangesAsync"/>) at no round trip
/// of its own, and delivered after commit by the dispatcher.
/// </summary>
public sealed class OutboxWriter(DatabaseSession session, TimeProvider clock)
{
    /// <returns>The message's id, which is also its idempotency key.</returns>
    public Guid Add(Guid? instanceId, string kind, object payload)
    {
        var id = Guid.CreateVersion7();
        session.Batch.Add($"INSERT INTO {ServerTables.Outbox} (id, instance_id, kind, payload, created_at, attempts) VALUES ($1, $2, $3, $4, $5, 0)",
            id, instanceId, kind, SqlBatch.Json(JsonSerializer.Serialize(payload)), clock.GetUtcNow());
        return id;
    }
}
