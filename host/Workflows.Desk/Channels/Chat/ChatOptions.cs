namespace Workflows.Desk.Channels.Chat;

/// <summary>The <c>Channels:Chat</c> section: the customer chat page's codes, sessions and limits.</summary>
public sealed class ChatOptions
{
    public const string Section = "Channels:Chat";

    /// <summary>How long a one-time code works.</summary>
    public TimeSpan CodeValidFor { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Wrong guesses a code survives; the next one ends it (a new code must be asked for).</summary>
    public int MaxTries { get; set; } = 5;

    /// <summary>Codes one address may be sent within <see cref="CodeWindow"/>: nobody floods a phone through us.</summary>
    public int CodesPerAddress { get; set; } = 3;

    /// <summary>Codes one IP address may ask for within <see cref="CodeWindow"/>.</summary>
    public int CodesPerIp { get; set; } = 10;

    public TimeSpan CodeWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Messages, files and typing notices one customer (or, before sign-in, one IP address) may send per minute.</summary>
    public int MessagesPerMinute { get; set; } = 60;

    /// <summary>How long a verified customer's chat token lasts.</summary>
    public TimeSpan SessionValidFor { get; set; } = TimeSpan.FromHours(12);

    /// <summary>
    /// Whether the bot (<c>Channels:Bot</c>, when on) answers a new chat from the knowledge base before a person does; the
    /// customer reaches an agent by asking for one, by saying the answer did not help, or with anything the bot must not answer.
    /// </summary>
    public bool Bot { get; set; } = true;

    /// <summary>The team whose presence decides whether a chat is answered live or becomes a ticket.</summary>
    public string Team { get; set; } = Support.SupportTeams.AgentL1;
}
