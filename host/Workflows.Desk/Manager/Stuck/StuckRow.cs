namespace Workflows.Desk.Manager.Stuck;

/// <summary>
/// One reason one instance is stuck, with what a manager acts on: the task to reassign or move, the incident to
/// retry, the instance to cancel. <see cref="Since"/> is when it became stuck; the age is measured from it.
/// </summary>
public sealed record StuckRow(string Reason, DateTimeOffset Since, Guid InstanceId, Guid? CaseId, string? CaseNumber, string? Priority,
    Guid? TaskId, Guid? IncidentId, string? NodeId, string? What, string? Assignee, string[]? Groups, double? UsualSeconds, double AgeSeconds);
