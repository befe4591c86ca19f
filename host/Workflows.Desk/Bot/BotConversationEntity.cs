namespace Workflows.Desk.Bot;

/// <summary>
/// The bot's exchange with one customer before any agent: what they said, what the bot sent, and how it ended. At
/// most one is open per customer (a unique index), so two messages racing each other cannot start two. The case an
/// agent takes over, if any, points back here through <see cref="CaseId"/>; the manager's numbers count these rows.
/// </summary>
public sealed class BotConversationEntity
{
    public Guid Id { get; set; }
    public Guid CustomerId { get; set; }
    public required string Channel { get; set; }

    /// <summary>The language of the first question, in which the bot answers (zh-CN or en).</summary>
    public required string Language { get; set; }

    public string Status { get; set; } = BotConversationStatuses.Open;

    /// <summary>Why an agent took over (<see cref="BotHandOffs"/>); null unless handed off.</summary>
    public string? HandOffReason { get; set; }

    /// <summary>The customer's messages, in order: the case's description when an agent takes over.</summary>
    public List<string> Said { get; set; } = [];

    /// <summary>The slugs of the articles the bot sent, in order.</summary>
    public List<string> Articles { get; set; } = [];

    /// <summary>Both sides, one line per message with its time: what the agent reads on the case's timeline.</summary>
    public string Transcript { get; set; } = "";

    /// <summary>The channel's key of the message the bot answered last, and what it said: a redelivery gets the same words.</summary>
    public string? LastMessageKey { get; set; }

    public string? LastReply { get; set; }

    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
    public Guid? CaseId { get; set; }
}
