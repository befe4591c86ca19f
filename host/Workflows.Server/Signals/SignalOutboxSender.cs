using System.Text.Json;
using Workflows.Server.Outbox;

namespace Workflows.Server.Signals;

/// <summary>
/// Delivers signals thrown inside processes once the throwing step has committed (Camunda 8's asynchronous broadcast):
/// the outbox row is the thrown signal, and its dispatch is the broadcast.
/// </summary>
public sealed class SignalOutboxSender(SignalBroadcaster broadcaster) : IOutboxSender
{
    public const string Kind = "signal";

    public bool Handles(string kind) => kind == Kind;

    public async Task SendAsync(OutboxMessageEntity message, CancellationToken cancellationToken)
    {
        var signal = JsonSerializer.Deserialize<SignalPayload>(message.Payload) ?? throw new InvalidOperationException($"Outbox {message.Id} holds no signal.");
        await broadcaster.SendAsync(signal.Name, signal.Variables, null, cancellationToken);
    }
}
