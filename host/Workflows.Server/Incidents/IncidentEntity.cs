namespace Workflows.Server.Incidents;

public sealed class IncidentEntity
{
    public Guid Id { get; set; }
    public Guid InstanceId { get; set; }
    public long LocalId { get; set; }
    public required string NodeId { get; set; }
    public required string Kind { get; set; }
    public required string Message { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }
}
