namespace Workflows.Desk.Channels.WeChat;

/// <summary>
/// One message or event WeChat delivered, under the key its retries share (<see cref="WeChatInboundMessage.DedupeKey"/>).
/// It is written in the same transaction as whatever the message wrote, so a retry finds it (or, arriving while
/// the first delivery is still being handled, collides with it on the primary key) and writes nothing again.
/// </summary>
public sealed class WeChatReceiptEntity
{
    public required string DedupeKey { get; set; }
    public required string OpenId { get; set; }
    public required string MsgType { get; set; }
    public string? Event { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
}
