namespace Workflows.Server.Outbox;

/// <summary>
/// Delivers outbox messages of some kinds to the outside world (SMTP, SMS, WeChat, a webhook). Delivery
/// is at least once: a sender must treat the message id as its idempotency key.
/// </summary>
public interface IOutboxSender
{
    bool Handles(string kind);

    Task SendAsync(OutboxMessageEntity message, CancellationToken cancellationToken);
}
