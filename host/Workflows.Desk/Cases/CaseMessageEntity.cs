namespace Workflows.Desk.Cases;

/// <summary>
/// Every message to or from a customer, on any channel, linked to case and customer: one history across channels.
/// Outbound messages point at the outbox row that carries them.
/// </summary>
public sealed class CaseMessageEntity
{
    public const string Internal = "internal";

    public Guid Id { get; set; }
    public Guid CaseId { get; set; }
    public Guid CustomerId { get; set; }

    /// <summary>inbound or outbound; <see cref="Internal"/> for an agent's note or a file, which no customer ever sees.</summary>
    public required string Direction { get; set; }

    public required string Channel { get; set; }

    /// <summary>Why it was sent or received: intake, reply, notification:case-resolved, education:..., survey, agent-reply.</summary>
    public required string Kind { get; set; }

    public string? Subject { get; set; }
    public required string Body { get; set; }
    public string? Author { get; set; }
    public Guid? OutboxMessageId { get; set; }

    /// <summary>The file of an <c>attachment</c> entry.</summary>
    public Guid? AttachmentId { get; set; }
    public DateTimeOffset At { get; set; }
}
