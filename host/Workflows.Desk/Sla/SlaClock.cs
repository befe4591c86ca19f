namespace Workflows.Desk.Sla;

/// <summary>The clock an SLA target runs on: round the clock, or only in a team's business hours.</summary>
public sealed class SlaClock(BusinessCalendar? calendar)
{
    public static readonly SlaClock Continuous = new(null);

    public DateTimeOffset Add(DateTimeOffset start, TimeSpan span) => calendar?.Add(start, span) ?? start + span;

    public TimeSpan Between(DateTimeOffset from, DateTimeOffset to) =>
        calendar?.Between(from, to) ?? (to > from ? to - from : TimeSpan.Zero);
}
