namespace Workflows.Engine.Model;

public enum EndEventKind { None, Terminate, Error, Escalation, Signal, Compensation }

public sealed record EndEventDefinition : FlowNodeDefinition
{
    public EndEventKind Kind { get; init; }

    /// <summary>For an error end event: the code of the referenced <c>bpmn:error</c>.</summary>
    public string? ErrorCode { get; init; }
    public string? ErrorName { get; init; }

    /// <summary>For an escalation end event: the code of the referenced <c>bpmn:escalation</c>.</summary>
    public string? EscalationCode { get; init; }
    public string? EscalationName { get; init; }

    /// <summary>For a signal end event: the signal broadcast as the path ends.</summary>
    public Expressions.CompiledText? SignalName { get; init; }

    /// <summary>For a compensation end event: what it compensates.</summary>
    public CompensateDefinition? Compensate { get; init; }
}
