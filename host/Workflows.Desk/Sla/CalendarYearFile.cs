namespace Workflows.Desk.Sla;

/// <summary>
/// One year of holidays and make-up working days, as the shipped calendars and an admin's import spell it:
/// <c>{"year": 2026, "days": [{"date": "2026-02-14", "kind": "workday", "name": "春节调休上班"}]}</c>.
/// </summary>
public sealed record CalendarYearFile(int? Year, string? Source, bool Provisional, List<CalendarDayInput>? Days);
