using System.Text.Json;
using Workflows.Server.Database;

namespace Workflows.Server.Outbox;

/// <summary>
/// Where any module leaves a message for the outside world. The row is saved with the scope's transaction (a step's,
/// or the caller's <see cref="DatabaseSession.SaveChangesAsync"/>) and delivered after commit by the dispatcher.
/// </summary>
public sealed class OutboxWriter(ServerDbContext db, TimeProvider clock)
{
    public OutboxMessageEntity Add(Guid? instanceId, string kind, object payload)
    {
        var message = new OutboxMessageEntity
        {
            Id = Guid.CreateVersion7(), InstanceId = instanceId, Kind = kind, Payload = JsonSerializer.Serialize(payload), CreatedAt = clock.GetUtcNow(),
        };
        db.Outbox.Add(message);
        return message;
    }
}
