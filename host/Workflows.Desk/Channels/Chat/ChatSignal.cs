namespace Workflows.Desk.Channels.Chat;

/// <summary>
/// What a notification on <see cref="ChatLog.Channel"/> says: <c>{chat id}:entry</c> (a new entry to read from the
/// database) or <c>{chat id}:typing:agent</c> / <c>:typing:customer</c> (shown for a few seconds, never stored).
/// </summary>
public sealed record ChatSignal(Guid ChatId, string What)
{
    public const string NewEntry = "entry", AgentTyping = "typing:agent", CustomerTyping = "typing:customer";

    public static string Entry(Guid chatId) => $"{chatId}:{NewEntry}";

    public static string Typing(Guid chatId, bool agent) => $"{chatId}:{(agent ? AgentTyping : CustomerTyping)}";

    public static ChatSignal? Parse(string payload)
    {
        var at = payload.IndexOf(':');
        return at > 0 && Guid.TryParse(payload.AsSpan(0, at), out var id) ? new ChatSignal(id, payload[(at + 1)..]) : null;
    }
}
