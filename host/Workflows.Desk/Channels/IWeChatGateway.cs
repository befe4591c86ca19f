namespace Workflows.Desk.Channels;

/// <summary>A WeChat official-account messaging client. Register one to send real messages; the default only logs them.</summary>
public interface IWeChatGateway
{
    /// <param name="messageId">The idempotency key: the same id means the same message.</param>
    Task SendAsync(string openId, string title, string text, Guid messageId, CancellationToken cancellationToken);
}
