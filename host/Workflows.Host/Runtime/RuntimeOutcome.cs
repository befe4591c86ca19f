using Workflows.Engine.Interpreting;

namespace Workflows.Host.Runtime;

/// <summary>What happened to a command: applied, stale (nothing to do) or failed with the interpreter's error.</summary>
public sealed record RuntimeOutcome(StepOutcome Outcome, Guid InstanceId, string Status, StepError? Error)
{
    public bool Succeeded => Outcome == StepOutcome.Ok;
}
