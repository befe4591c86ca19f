namespace Workflows.Desk.Inbox;

/// <summary>
/// An open user task as the desk lists it: the server's task (who may work it, who holds it) with the case it works
/// on copied beside it (its live SLA target, channel, category and priority), so the inbox walks one index and
/// filters on the row it reads. Kept by <see cref="InboxProjection"/> inside the server's steps; the row goes when
/// the task closes.
/// </summary>
public sealed class InboxTaskEntity
{
    public Guid TaskId { get; set; }
    public Guid InstanceId { get; set; }
    public Guid DefinitionId { get; set; }
    public required string NodeId { get; set; }
    public required string Name { get; set; }
    public string[] CandidateGroups { get; set; } = [];
    public string[] CandidateUsers { get; set; } = [];
    public string? Assignee { get; set; }
    public DateTimeOffset? ClaimedAt { get; set; }

    /// <summary>The task's own priority (a number from the diagram), not the case's.</summary>
    public int Priority { get; set; }

    public DateTimeOffset? DueDate { get; set; }
    public string? FormKey { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The case this task works on; null for a process without one.</summary>
    public Guid? CaseId { get; set; }

    /// <summary>The case's SLA target: first response until someone answered, then resolution.</summary>
    public DateTimeOffset? SlaDueAt { get; set; }

    public string? CaseChannel { get; set; }
    public string? CaseCategory { get; set; }
    public string? CasePriority { get; set; }
}
