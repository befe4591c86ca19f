namespace Workflows.Desk.Routing;

/// <summary>
/// How a team's queue is served, as an admin chose: pull (agents take work themselves) or one of the automatic
/// modes, how much each member holds at once per channel, and how long an offer waits for its agent. No row: pull.
/// </summary>
public sealed class TeamRoutingEntity
{
    public required string TeamKey { get; set; }
    public required string Mode { get; set; }

    /// <summary>Open tasks from email, phone, WeChat and the API an agent holds at most.</summary>
    public int TicketCapacity { get; set; }

    /// <summary>Web chats an agent holds at most.</summary>
    public int ChatCapacity { get; set; }

    public int OfferTimeoutSeconds { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The host serving the queue now (<see cref="RoutingLease"/>), until <see cref="ServedUntil"/> at the latest.</summary>
    public string? ServedBy { get; set; }

    public DateTimeOffset? ServedUntil { get; set; }
}
