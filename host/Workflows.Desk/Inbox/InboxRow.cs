namespace Workflows.Desk.Inbox;

/// <summary>
/// One open task as an agent's inbox lists it: the task, and the case it works on (null for a process without one).
/// <see cref="SlaDueAt"/> is the case's live target: first response until someone answered, then resolution.
/// </summary>
public sealed record InboxRow(Guid TaskId, string TaskName, string NodeId, string[] CandidateGroups, string? Assignee, DateTimeOffset? ClaimedAt,
    int TaskPriority, DateTimeOffset? DueDate, DateTimeOffset CreatedAt, string? FormKey, Guid InstanceId,
    Guid? CaseId, string? CaseNumber, string? Subject, string? Channel, string? Category, string? Priority, string? Segment, string? CustomerName,
    DateTimeOffset? SlaDueAt);
