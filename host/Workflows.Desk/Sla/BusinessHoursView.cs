namespace Workflows.Desk.Sla;

/// <summary>A team's business hours; <see cref="Own"/> is false while the team runs on the defaults.</summary>
public sealed record BusinessHoursView(bool Own, string TimeZone, List<WeekdayHours> Days);
