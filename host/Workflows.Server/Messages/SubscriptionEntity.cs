namespace Workflows.Server.Messages;

public sealed class SubscriptionEntity
{
    public Guid Id { get; set; }
    public Guid InstanceId { get; set; }
    public long LocalId { get; set; }
    public required string NodeId { get; set; }
    /// <summary>The message's name, or the signal's when <see cref="Signal"/>.</summary>
    public required string MessageName { get; set; }

    /// <summary>A wait for a signal: every broadcast of its name reaches it; messages never do.</summary>
    public bool Signal { get; set; }
    public string? BusinessKey { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
