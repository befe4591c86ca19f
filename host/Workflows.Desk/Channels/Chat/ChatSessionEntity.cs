namespace Workflows.Desk.Channels.Chat;

/// <summary>
/// One conversation on the customer page: its case (none while the bot answers), who proved to be whom (the verified
/// code), and the last sequence number given to an entry. Entries take their number under this row's lock, so they commit in number
/// order and a stream that resumes after number n misses nothing.
/// </summary>
public sealed class ChatSessionEntity
{
    public Guid Id { get; set; }
    public Guid CustomerId { get; set; }
    /// <summary>Null while the bot answers the customer; set when the conversation goes to a person on a case.</summary>
    public Guid? CaseId { get; set; }
    public Guid CodeId { get; set; }
    public required string Language { get; set; }

    /// <summary>Nobody of the front line was online: the case went on by email or SMS instead, and the page says so.</summary>
    public bool Fallback { get; set; }
    public long LastSeq { get; set; }
    public DateTimeOffset StartedAt { get; set; }

    /// <summary>When the customer last typed, for agents who have the case open.</summary>
    public DateTimeOffset? CustomerTypingAt { get; set; }
}
