namespace Workflows.Desk.Sla;

/// <summary>
/// The body that makes or changes an SLA policy. Targets are whole minutes; <see cref="WarnAtPercent"/> is when
/// supervisors are warned, as a percentage of the first-response target.
/// </summary>
public sealed record SlaPolicyInput(string? Priority, string? Segment, string? Channel, int? FirstResponseMinutes, int? ResolutionMinutes,
    int? WarnAtPercent, bool? BusinessHoursOnly, bool? PauseWhileWaiting);
