namespace Workflows.Server.Steps;

/// <summary>An open user task as a step participant sees it: where it is, who may work it, who holds it.</summary>
public sealed record TaskRecord(Guid Id, Guid InstanceId, Guid DefinitionId, string NodeId, string Name, string? Assignee, string[] CandidateGroups,
    string[] CandidateUsers, DateTimeOffset? DueDate, int Priority, string? FormKey, DateTimeOffset CreatedAt, DateTimeOffset? ClaimedAt);
