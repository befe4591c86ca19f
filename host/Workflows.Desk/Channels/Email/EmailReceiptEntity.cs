namespace Workflows.Desk.Channels.Email;

/// <summary>
/// One mail the desk read, under its Message-ID (or, without one, its place in the mailbox), written in the same
/// transaction as whatever the mail wrote: a second reader of the mailbox (another host) finds it, or collides with it
/// on the primary key, and writes nothing again. It also threads: a reply naming this Message-ID belongs to <see cref="CaseId"/>.
/// </summary>
public sealed class EmailReceiptEntity
{
    public required string MessageKey { get; set; }

    /// <summary>The case the mail opened or joined; null for a mail that opened nothing (an auto-reply, a bounce).</summary>
    public Guid? CaseId { get; set; }

    public required string FromAddress { get; set; }
    public string? Subject { get; set; }

    /// <summary>opened, appended, or ignored: and why (auto-submitted, bounce, loop...).</summary>
    public required string Outcome { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
}
