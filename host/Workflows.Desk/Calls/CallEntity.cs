namespace Workflows.Desk.Calls;

/// <summary>
/// A phone call an agent logged on a case: who called whom, from or to which number, how long. Its notes are the
/// timeline entry (a <c>call</c> message on channel <c>phone</c>) whose id this row shares, so the call sits in the
/// one history of the customer with every other channel.
/// </summary>
public sealed class CallEntity
{
    /// <summary>The id of the case message that carries the call's notes.</summary>
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    /// <summary>inbound (the customer called) or outbound (the agent called them).</summary>
    public required string Direction { get; set; }

    /// <summary>The other party's number, as the agent typed it (spaces and dashes dropped).</summary>
    public required string Number { get; set; }

    public int DurationSeconds { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public required string Agent { get; set; }
}
