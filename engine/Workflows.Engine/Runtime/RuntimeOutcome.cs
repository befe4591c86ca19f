using Workflows.Engine.Interpreting;

namespace Workflows.Engine.Runtime;

/// <summary>
/// What happened to a command: applied, stale (nothing to do) or failed with the interpreter's error;
/// and the user tasks it opened (instance-local ids), so a caller can go on without a query.
/// </summary>
public sealed record RuntimeOutcome(StepOutcome Outcome, Guid InstanceId, string Status, StepError? Error)
{
    public IReadOnlyList<long> OpenedTasks { get; init; } = [];

    public bool Succeeded => Outcome == StepOutcome.Ok;
}
