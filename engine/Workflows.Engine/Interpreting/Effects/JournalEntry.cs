namespace Workflows.Engine.Interpreting;

public enum JournalKind
{
    InstanceStarted, NodeEntered, NodeLeft, FlowTaken, TokenCancelled, TaskCompleted, ActivityCompleted, TimerFired,
    MessageReceived, EventTriggered, ErrorThrown, ErrorCaught, AttemptFailed, VariablesChanged, IncidentRaised, IncidentResolved, InstanceCompleted, InstanceCancelled,
    EscalationThrown, EscalationCaught, LinkFollowed, SignalThrown, SignalReceived, ChildCalled, ChildEnded, DecisionEvaluated, CompensationThrown, CompensationStarted,
}

/// <summary>One line of the instance's audit trail: what happened at which node.</summary>
public sealed record JournalEntry(JournalKind Kind, string? NodeId, string Message) : InstanceEffect;
