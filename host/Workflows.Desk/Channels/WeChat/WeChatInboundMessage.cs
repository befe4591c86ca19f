using System.Globalization;
using Workflows.Server.Problems;

namespace Workflows.Desk.Channels.WeChat;

/// <summary>
/// A message or event WeChat pushed to the account (接收普通消息, 接收事件推送), by the documented field names:
/// ToUserName is the account's original id, FromUserName the customer's OpenID, CreateTime seconds since 1970.
/// </summary>
public sealed record WeChatInboundMessage(string ToUserName, string FromUserName, long CreateTime, string MsgType, IReadOnlyDictionary<string, string> Fields)
{
    /// <summary>The kinds of message that carry something the customer said or showed (as opposed to events).</summary>
    public static readonly IReadOnlyList<string> ContentTypes = ["text", "image", "voice", "video", "shortvideo", "location", "link"];

    public string? MsgId => Field("MsgId");
    public string? Content => Field("Content");
    public string? Event => Field("Event");
    public string? EventKey => Field("EventKey");
    public bool IsContent => ContentTypes.Contains(MsgType);
    public bool IsEvent(string name) => MsgType == "event" && string.Equals(Event, name, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// What makes WeChat's retries of this message recognisable: the MsgId of a message; for an event, which has
    /// none, FromUserName and CreateTime as WeChat advises (排重), with the event and its key so two different
    /// clicks in the same second stay two.
    /// </summary>
    public string DedupeKey => MsgId is { } id ? $"msg:{id}" : $"event:{FromUserName}:{CreateTime}:{Event}:{EventKey}";

    public string? Field(string name) => Fields.TryGetValue(name, out var value) && value.Length > 0 ? value : null;

    /// <summary>The message from the document's fields, or the first required field that is missing or wrong.</summary>
    public static (WeChatInboundMessage? Message, Mistake? Mistake) From(IReadOnlyDictionary<string, string> fields)
    {
        foreach (var name in new[] { "ToUserName", "FromUserName", "CreateTime", "MsgType" })
            if (!fields.TryGetValue(name, out var value) || string.IsNullOrWhiteSpace(value))
                return (null, Mistake.Of("wechat.field.required", name, $"The message has no {name}.", ("field", name)));
        if (!long.TryParse(fields["CreateTime"], NumberStyles.None, CultureInfo.InvariantCulture, out var createTime))
            return (null, Mistake.Of("wechat.field.invalid", "CreateTime", "CreateTime must be whole seconds since 1970.", ("field", "CreateTime")));
        if (fields.TryGetValue("MsgId", out var msgId) && msgId.Length > 0 && !msgId.All(char.IsAsciiDigit))
            return (null, Mistake.Of("wechat.field.invalid", "MsgId", "MsgId must be a number.", ("field", "MsgId")));
        var message = new WeChatInboundMessage(fields["ToUserName"].Trim(), fields["FromUserName"].Trim(), createTime, fields["MsgType"].Trim(), fields);
        if (message.MsgType == "event" && message.Event is null)
            return (null, Mistake.Of("wechat.field.required", "Event", "An event message has no Event.", ("field", "Event")));
        if (message.FromUserName.Length > 128)
            return (null, Mistake.Of("wechat.field.invalid", "FromUserName", "FromUserName is not an OpenID: it is too long.", ("field", "FromUserName")));
        return (message, null);
    }
}
