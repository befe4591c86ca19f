using System.Collections.Concurrent;
using Workflows.Server.Outbox;

namespace Workflows.Tests.Support;

/// <summary>Records what the outbox delivered, by message id, for kinds starting with "message:test".</summary>
public sealed class RecordingOutboxSender : IOutboxSender
{
    public ConcurrentDictionary<Guid, int> Deliveries { get; } = new();

    public bool Handles(string kind) => kind.StartsWith("message:test", StringComparison.Ordinal);

    public Task SendAsync(OutboxMessageEntity message, CancellationToken cancellationToken)
    {
        Deliveries.AddOrUpdate(message.Id, 1, (_, n) => n + 1);
        return Task.CompletedTask;
    }
}
