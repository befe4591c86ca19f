namespace Workflows.Server.Instances;

/// <summary>Where an instance waits: one row per token, for "waiting at node" queries and node counts.</summary>
public sealed class TokenEntity
{
    public Guid InstanceId { get; set; }

    /// <summary>The instance's published version, so node counts for a diagram read one index and join nothing.</summary>
    public Guid DefinitionId { get; set; }
    public long TokenId { get; set; }
    public required string NodeId { get; set; }
    public string? NodeName { get; set; }
    public required string Status { get; set; }
    public DateTimeOffset Since { get; set; }
}
