namespace Workflows.Desk.Channels;

/// <summary>Where contacts come from and where answers go.</summary>
public static class ContactChannels
{
    public const string Phone = "phone";
    public const string Chat = "chat";
    public const string Email = "email";
    public const string WeChat = "wechat";

    public static readonly IReadOnlyList<string> All = [Phone, Chat, Email, WeChat];

    /// <summary>The outbox kind that carries a message to a customer on this channel: a phone contact is answered by SMS.</summary>
    public static string OutboxKind(string channel) => channel switch
    {
        Phone => "sms",
        Email => "email",
        WeChat => "wechat",
        _ => "chat",
    };
}
