using Workflows.Engine.Expressions;

namespace Workflows.Engine.Model;

public enum BoundaryTrigger { Timer, Message, Error, Escalation, Signal, Conditional, Compensation }

public sealed record BoundaryEventDefinition : FlowNodeDefinition
{
    public required string AttachedToId { get; init; }

    /// <summary>Interrupting (the default) cancels the host; error boundaries always interrupt.</summary>
    public bool CancelActivity { get; init; } = true;

    public BoundaryTrigger Trigger { get; init; }
    public TimerDefinition? Timer { get; init; }
    public CompiledText? MessageName { get; init; }
    public CompiledText? SignalName { get; init; }
    public ConditionalDefinition? Conditional { get; init; }

    /// <summary>The error code caught; null catches every error.</summary>
    public string? ErrorCode { get; init; }
    public string? ErrorCodeVariable { get; init; }
    public string? ErrorMessageVariable { get; init; }

    /// <summary>The escalation code caught; null catches every escalation.</summary>
    public string? EscalationCode { get; init; }
    public string? EscalationCodeVariable { get; init; }

    /// <summary>For a compensation boundary: the activity (<c>isForCompensation</c>) its association points to.</summary>
    public string? CompensationHandlerId { get; init; }
}
