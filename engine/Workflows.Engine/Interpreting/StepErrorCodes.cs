namespace Workflows.Engine.Interpreting;

public static class StepErrorCodes
{
    public const string Expression = "expression-failed";
    public const string NoFlowSelected = "no-flow-selected";
    public const string InvalidEvent = "invalid-event";
    public const string NoStartEvent = "no-start-event";
    public const string TooManySteps = "too-many-steps";
    public const string Timer = "timer-invalid";
    public const string MultiInstance = "multi-instance-invalid";
}
