namespace Workflows.Engine.Model;

/// <summary>
/// A none start event, a message start event when <see cref="MessageName"/> is set, a signal start event when
/// <see cref="SignalName"/> is. In an event subprocess also a timer, conditional, error or escalation start event, which
/// interrupts its enclosing scope unless <see cref="IsInterrupting"/> is false.
/// </summary>
public sealed record StartEventDefinition : FlowNodeDefinition
{
    public string? MessageName { get; init; }
    public string? SignalName { get; init; }
    public TimerDefinition? Timer { get; init; }
    public ConditionalDefinition? Conditional { get; init; }

    /// <summary>An error start event; <see cref="ErrorCode"/> null catches every error.</summary>
    public bool CatchesError { get; init; }
    public string? ErrorCode { get; init; }
    public string? ErrorCodeVariable { get; init; }
    public string? ErrorMessageVariable { get; init; }

    /// <summary>An escalation start event; <see cref="EscalationCode"/> null catches every escalation.</summary>
    public bool CatchesEscalation { get; init; }
    public string? EscalationCode { get; init; }
    public string? EscalationCodeVariable { get; init; }

    public bool IsInterrupting { get; init; } = true;

    /// <summary>Whether anything but a plain start or an instance's message or signal starts it: an event subprocess's start only.</summary>
    public bool OnlyInEventSubprocess => Timer is not null || Conditional is not null || CatchesError || CatchesEscalation;

    /// <summary>None of message, signal, timer, condition, error or escalation: the process's (or a subprocess's) plain start.</summary>
    public bool IsNone => MessageName is null && SignalName is null && !OnlyInEventSubprocess;
}
