using Workflows.Engine.Interpreting;

namespace Workflows.Engine.Runtime;

/// <summary>
/// What happened to a command: applied, stale (nothing to do) or failed with the interpreter's error;
/// and the user tasks it opened that are still open, so a caller can go on without a query.
/// </summary>
public sealed record RuntimeOutcome(StepOutcome Outcome, Guid InstanceId, string Status, StepError? Error)
{
    public IReadOnlyList<CreateUserTask> OpenedTasks { get; init; } = [];

    public bool Succeeded => Outcome == StepOutcome.Ok;
}
