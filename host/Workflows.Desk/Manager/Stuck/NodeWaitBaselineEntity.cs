namespace Workflows.Desk.Manager.Stuck;

/// <summary>
/// How long instances of a process usually wait at one message, timer or event-gateway node, from the recent
/// journal; the yardstick a silent stall is measured against. Refreshed by <see cref="NodeBaselines"/>.
/// </summary>
public sealed class NodeWaitBaselineEntity
{
    public required string DefinitionKey { get; set; }
    public required string NodeId { get; set; }
    public int Samples { get; set; }
    public double P50Seconds { get; set; }
    public double P90Seconds { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
