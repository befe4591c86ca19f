namespace Workflows.Engine.Interpreting;

public enum StepOutcome
{
    Ok,
    /// <summary>The event failed; the returned state is the input state and there are no effects.</summary>
    Failed,
    /// <summary>The event addresses something that has moved on (a fired timer, a completed task); nothing changed.</summary>
    Stale,
}

/// <summary>A failure of one step: a code, a sentence, and the BPMN element it happened at.</summary>
public sealed record StepError(string Code, string Message, string? NodeId);

public sealed record StepResult(StepOutcome Outcome, InstanceState State, IReadOnlyList<InstanceEffect> Effects, StepError? Error = null)
{
    public IEnumerable<T> EffectsOf<T>() where T : InstanceEffect => Effects.OfType<T>();
}
