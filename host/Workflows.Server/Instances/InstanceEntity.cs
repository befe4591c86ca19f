namespace Workflows.Server.Instances;

/// <summary>A running or finished instance. <see cref="State"/> is the interpreter's state as JSON; the other tables are projections of it.</summary>
public sealed class InstanceEntity
{
    public Guid Id { get; set; }
    public Guid DefinitionId { get; set; }
    public required string DefinitionKey { get; set; }
    public int DefinitionVersion { get; set; }
    public string? BusinessKey { get; set; }
    public required string Status { get; set; }
    public required string State { get; set; }
    public required string Variables { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }

    /// <summary>Set when a call activity started this instance: the calling instance, its call id and the call activity.</summary>
    public Guid? ParentInstanceId { get; set; }
    public long? ParentCallId { get; set; }
    public string? ParentNodeId { get; set; }

    /// <summary>Bumped by every applied event; a concurrency token on top of the row lock.</summary>
    public int Revision { get; set; }
}
