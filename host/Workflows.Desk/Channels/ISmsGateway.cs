namespace Workflows.Desk.Channels;

/// <summary>An SMS provider. Register one to send real texts; the default only logs them.</summary>
public interface ISmsGateway
{
    /// <param name="messageId">The idempotency key: the same id means the same text.</param>
    Task SendAsync(string phone, string text, Guid messageId, CancellationToken cancellationToken);
}
