namespace Workflows.Server.Outbox;

/// <summary>A message to the outside world, written in the step's transaction and delivered after commit, at least once.</summary>
public sealed class OutboxMessageEntity
{
    public Guid Id { get; set; }
    public Guid? InstanceId { get; set; }
    public required string Kind { get; set; }
    public required string Payload { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? DeliveredAt { get; set; }
    public int Attempts { get; set; }

    /// <summary>Not before then: after a failure the next attempt waits, longer each time, so an outage is waited out rather than spent in seconds.</summary>
    public DateTimeOffset? NextAttemptAt { get; set; }
}
