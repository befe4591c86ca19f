namespace Workflows.Desk.Routing;

/// <summary>
/// A task the routing gave to an agent who has not claimed it yet. The server's task carries the assignee; this row
/// says it is only an offer, from which team, and when it lapses. It goes when the agent claims the task, when the
/// task closes, or when the offer is withdrawn.
/// </summary>
public sealed class RoutingOfferEntity
{
    public Guid TaskId { get; set; }
    public Guid InstanceId { get; set; }
    public required string UserName { get; set; }
    public required string TeamKey { get; set; }
    public DateTimeOffset OfferedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
}
