using Workflows.Engine.Interpreting;

namespace Workflows.Server.Steps;

/// <summary>
/// What one step did, as its participants see it: the instance, the event that moved it and who sent it, the tasks
/// it opened (as they are now) and closed (completed or withdrawn), the variables whose values changed, and whether
/// the instance ended (with the cancellation's reason).
/// </summary>
public sealed record StepRecord(Guid InstanceId, Guid DefinitionId, string DefinitionKey, string? BusinessKey, InstanceEvent Cause, string? Actor,
    DateTimeOffset At, IReadOnlyList<TaskRecord> OpenedTasks, IReadOnlyList<Guid> ClosedTasks, IReadOnlyList<string> ChangedVariables,
    string Status, bool Ended, string? EndReason);
