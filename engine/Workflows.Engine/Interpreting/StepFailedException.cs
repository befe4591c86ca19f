namespace Workflows.Engine.Interpreting;

/// <summary>Aborts a step; the interpreter turns it into <see cref="StepOutcome.Failed"/> with the input state untouched.</summary>
public sealed class StepFailedException(StepError error) : Exception(error.Message)
{
    public StepError Error { get; } = error;
}
