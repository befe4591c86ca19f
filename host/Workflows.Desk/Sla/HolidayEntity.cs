namespace Workflows.Desk.Sla;

/// <summary>
/// A date the week's pattern does not decide: a public holiday (the clock stands) or a make-up working day (调休,
/// a weekend day worked in exchange for a bridging day off; the clock runs).
/// </summary>
public sealed class HolidayEntity
{
    public DateOnly Date { get; set; }
    public required string Name { get; set; }

    /// <summary><see cref="CalendarDayKinds.Holiday"/> or <see cref="CalendarDayKinds.Workday"/>.</summary>
    public string Kind { get; set; } = CalendarDayKinds.Holiday;
}
