namespace Workflows.Desk.Sla;

/// <summary>One day of a <see cref="CalendarYearFile"/>; strings, so a bad date is reported rather than failing the whole body.</summary>
public sealed record CalendarDayInput(string? Date, string? Kind, string? Name);
