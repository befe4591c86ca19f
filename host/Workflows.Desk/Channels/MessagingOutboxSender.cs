using Workflows.Server.Outbox;

namespace Workflows.Desk.Channels;

/// <summary>Hands <c>sms</c> and <c>wechat</c> messages to their gateways.</summary>
public sealed class MessagingOutboxSender(ISmsGateway sms, IWeChatGateway weChat) : IOutboxSender
{
    public bool Handles(string kind) => kind is "sms" or "wechat";

    public Task SendAsync(OutboxMessageEntity message, CancellationToken cancellationToken)
    {
        var payload = MessagePayload.Read(message);
        if (string.IsNullOrWhiteSpace(payload.To)) throw new InvalidOperationException($"Outbox {message.Id} has no {message.Kind} address to send to.");
        return message.Kind == "sms"
            ? sms.SendAsync(payload.To, $"{payload.Subject} {payload.Body}".Trim(), message.Id, cancellationToken)
            : weChat.SendAsync(payload.To, payload.Subject ?? "", payload.Body ?? "", message.Id, cancellationToken);
    }
}
