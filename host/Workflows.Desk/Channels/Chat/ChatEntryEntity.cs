namespace Workflows.Desk.Channels.Chat;

/// <summary>
/// What the customer page shows, in order: <see cref="Seq"/> is the stream's event id (<c>Last-Event-ID</c>). The
/// case's timeline keeps the same messages; an entry names its case message so none is shown twice.
/// </summary>
public sealed class ChatEntryEntity
{
    public Guid ChatId { get; set; }
    public long Seq { get; set; }

    /// <summary><c>inbound</c> (the customer), <c>outbound</c> (the desk), or <c>system</c> (a notice of the page's own).</summary>
    public required string Direction { get; set; }

    /// <summary><c>message</c>, <c>attachment</c> or <c>notice</c>.</summary>
    public required string Kind { get; set; }
    public required string Body { get; set; }
    public Guid? CaseMessageId { get; set; }
    public DateTimeOffset At { get; set; }
}
