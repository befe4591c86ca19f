namespace Workflows.Server.Outbox;

/// <summary>The default for every kind no real sender handles: the message is logged, not sent anywhere.</summary>
public sealed class LogOutboxSender(ILogger<LogOutboxSender> log) : IOutboxSender
{
    public bool Handles(string kind) => true;

    public Task SendAsync(OutboxMessageEntity message, CancellationToken cancellationToken)
    {
        log.LogInformation("Outbox {Id} ({Kind}) for instance {Instance}: {Payload}", message.Id, message.Kind, message.InstanceId, message.Payload);
        return Task.CompletedTask;
    }
}
