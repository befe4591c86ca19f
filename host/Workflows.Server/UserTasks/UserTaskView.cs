namespace Workflows.Server.UserTasks;

/// <summary>A user task as the API shows it.</summary>
public sealed record UserTaskView(Guid Id, Guid InstanceId, Guid? DefinitionId, string NodeId, string Name, string? Assignee, string? Owner,
    string? DelegationState, string[] CandidateGroups, string[] CandidateUsers, DateTimeOffset? DueDate, DateTimeOffset? FollowUpDate, int Priority,
    string? FormKey, string Status, DateTimeOffset CreatedAt, DateTimeOffset? ClaimedAt, DateTimeOffset? EndedAt, string? CompletedBy)
{
    public static UserTaskView From(UserTaskEntity t) => new(t.Id, t.InstanceId, t.DefinitionId, t.NodeId, t.Name, t.Assignee, t.Owner,
        t.DelegationState, t.CandidateGroups, t.CandidateUsers, t.DueDate, t.FollowUpDate, t.Priority, t.FormKey, t.Status, t.CreatedAt, t.ClaimedAt,
        t.EndedAt, t.CompletedBy);
}
