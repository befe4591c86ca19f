namespace Workflows.Desk.Sla;

/// <summary>When a case must be first answered and resolved, and when the supervisors are warned.</summary>
public sealed record SlaTargets(DateTimeOffset WarnAt, DateTimeOffset FirstResponseDueAt, DateTimeOffset ResolutionDueAt);
