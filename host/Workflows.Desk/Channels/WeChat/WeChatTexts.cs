namespace Workflows.Desk.Channels.WeChat;

/// <summary>
/// What the WeChat channel says in words: the welcome a new follower gets, in their language, and how messages that
/// are not text read on a case's timeline (in Chinese and English at once: agents of either language read them).
/// </summary>
public static class WeChatTexts
{
    public const string CustomerLanguage = "zh-CN";

    public static string Welcome(string language) => language.StartsWith("zh", StringComparison.OrdinalIgnoreCase)
        ? "您好，欢迎关注！如果您在支付、账户或积分方面遇到问题，请直接发送文字描述，客服会尽快为您处理。"
        : "Hello and welcome! If something is wrong with a payment, your account or your points, describe it in a message and an agent will help you shortly.";

    /// <summary>A new follower's name until an agent learns the real one: WeChat no longer tells accounts nicknames.</summary>
    public static string NewCustomerName(string openId) => $"微信用户 {openId[^Math.Min(6, openId.Length)..]}";

    /// <summary>The message as the case's timeline shows it; null when it says nothing (an empty text).</summary>
    public static string? Describe(WeChatInboundMessage message)
    {
        string? F(string name) => message.Field(name);
        string Media(params string?[] parts) => $"(MediaId: {string.Join(", ", parts.Where(p => p is not null))})";
        var text = message.MsgType switch
        {
            "text" => message.Content?.Trim(),
            "image" => $"[图片 / image] {F("PicUrl")} {Media(F("MediaId"))}",
            "voice" => $"[语音 / voice] {F("Recognition")} {Media(F("MediaId"), F("Format"))}",
            "video" or "shortvideo" => $"[视频 / video] {Media(F("MediaId"))}",
            "location" => $"[位置 / location] {F("Label")} ({F("Location_X")}, {F("Location_Y")})",
            "link" => $"[链接 / link] {F("Title")} {F("Url")}",
            "event" when message.IsEvent("CLICK") => $"[菜单 / menu] {message.EventKey}",
            "event" when message.IsEvent("unsubscribe") => "[取消关注 / unfollowed] 客户已取消关注，无法再收到回复 / the customer unfollowed the account and no longer receives replies",
            "event" => $"[事件 / event] {message.Event} {message.EventKey}",
            _ => $"[{message.MsgType}] 暂不支持的消息类型 / a kind of message the desk does not read yet",
        };
        if (string.IsNullOrWhiteSpace(text)) return null;
        // The customer's own words stay exactly as written; a description loses the gaps its missing fields left.
        return message.MsgType == "text" ? text : string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>A new case's subject: the message's first line, cut short.</summary>
    public static string Subject(string described)
    {
        var line = described.Split('\n', 2)[0].Trim();
        if (line.Length <= 60) return line;
        var cut = char.IsHighSurrogate(line[58]) ? 58 : 59; // never half an emoji
        return line[..cut] + "…";
    }
}
