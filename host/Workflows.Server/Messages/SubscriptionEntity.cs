namespace Workflows.Server.Messages;

public sealed class SubscriptionEntity
{
    public Guid Id { get; set; }
    public Guid InstanceId { get; set; }
    public long LocalId { get; set; }
    public required string NodeId { get; set; }
    public required string MessageName { get; set; }
    public string? BusinessKey { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
