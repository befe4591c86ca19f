namespace Workflows.Desk.Sla;

/// <summary>What a case opened at <see cref="OpenedAt"/> would be due under today's policies and calendar.</summary>
public sealed record SlaPreview(SlaPolicyView Policy, DateTimeOffset OpenedAt, DateTimeOffset WarnAt, DateTimeOffset FirstResponseDueAt,
    DateTimeOffset ResolutionDueAt);
