namespace Workflows.Server.UserTasks;

/// <summary>A user task of an instance: who may work it, who holds it, and how it ended.</summary>
public sealed class UserTaskEntity
{
    public Guid Id { get; set; }
    public Guid InstanceId { get; set; }

    /// <summary>The instance's published version.</summary>
    public Guid? DefinitionId { get; set; }
    public long LocalId { get; set; }
    public required string NodeId { get; set; }
    public required string Name { get; set; }
    public string? Assignee { get; set; }

    /// <summary>Who delegated the task and gets it back on resolve (Camunda's delegation).</summary>
    public string? Owner { get; set; }

    /// <summary>null, "pending" while delegated, "resolved" once handed back.</summary>
    public string? DelegationState { get; set; }
    public string[] CandidateGroups { get; set; } = [];
    public string[] CandidateUsers { get; set; } = [];
    public DateTimeOffset? DueDate { get; set; }
    public DateTimeOffset? FollowUpDate { get; set; }
    public int Priority { get; set; }
    public string? FormKey { get; set; }
    public required string Status { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ClaimedAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
    public string? CompletedBy { get; set; }
}
