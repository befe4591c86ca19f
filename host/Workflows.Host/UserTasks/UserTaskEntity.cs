namespace Workflows.Host.UserTasks;

public static class UserTaskStatus
{
    public const string Open = "open";
    public const string Completed = "completed";
    public const string Cancelled = "cancelled";
}

public sealed class UserTaskEntity
{
    public Guid Id { get; set; }
    public Guid InstanceId { get; set; }

    /// <summary>The instance's published version, so the process view counts breaches per node from one index.</summary>
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

    /// <summary>
    /// The SLA target of the case this task works on (first response until answered, then resolution), kept by
    /// database triggers so the inbox can walk an index in SLA order; null for a process without a case.
    /// </summary>
    public DateTimeOffset? SlaDueAt { get; set; }

    /// <summary>The case's channel, category and priority, kept by the same triggers, so the inbox filters on the row it walks.</summary>
    public string? CaseChannel { get; set; }
    public string? CaseCategory { get; set; }
    public string? CasePriority { get; set; }
    public DateTimeOffset? FollowUpDate { get; set; }
    public int Priority { get; set; }
    public string? FormKey { get; set; }
    public required string Status { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ClaimedAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
    public string? CompletedBy { get; set; }
}
