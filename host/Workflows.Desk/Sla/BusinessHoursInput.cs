namespace Workflows.Desk.Sla;

/// <summary>The body of <c>PUT /api/admin/teams/{key}/business-hours</c>.</summary>
public sealed record BusinessHoursInput(string? TimeZone, List<WeekdayHours>? Days);
