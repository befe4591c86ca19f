namespace Workflows.Desk.Routing;

/// <summary>An agent who declined a task or let its offer lapse: the routing offers that task to someone else.</summary>
public sealed class RoutingDeclineEntity
{
    public Guid TaskId { get; set; }
    public Guid InstanceId { get; set; }
    public required string UserName { get; set; }
    public DateTimeOffset At { get; set; }

    /// <summary>"declined" or "timeout".</summary>
    public required string Reason { get; set; }
}
