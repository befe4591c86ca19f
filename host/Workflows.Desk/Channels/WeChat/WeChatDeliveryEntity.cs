namespace Workflows.Desk.Channels.WeChat;

/// <summary>
/// A message WeChat delivered that is not handled yet: written by the callback before it answers, so a message
/// WeChat was told "success" for is never lost, and removed once <see cref="WeChatInbox"/> has handled it (its
/// receipt then says so). A host handling it holds a lease; a lease that runs out (the host died) lets another take it.
/// </summary>
public sealed class WeChatDeliveryEntity
{
    public required string DedupeKey { get; set; }

    /// <summary>The message's fields as WeChat sent them, as a JSON object: enough to read the message again.</summary>
    public required string Fields { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }
    public DateTimeOffset? LeaseUntil { get; set; }
}
