namespace Workflows.Dmn.Feel.Values;

/// <summary>Date and time arithmetic: moving a date, time or date and time by a duration, and the time between two.</summary>
internal static class Temporal
{
    /// <summary>value + sign × duration, or null when the pair is not a temporal and a duration.</summary>
    public static object? Shift(object? value, object? duration, int sign) => (value, duration) switch
    {
        (FeelDateTime a, TimeSpan d) => a with { Local = a.Local + sign * d },
        (FeelDateTime a, YearsMonthsDuration d) => a with { Local = a.Local.AddMonths(sign * d.TotalMonths) },
        (DateOnly a, TimeSpan d) => DateOnly.FromDateTime(a.ToDateTime(TimeOnly.MinValue) + sign * d),
        (DateOnly a, YearsMonthsDuration d) => a.AddMonths(sign * d.TotalMonths),
        (FeelTime a, TimeSpan d) => a with { TimeOfDay = Wrap(a.TimeOfDay + sign * d) },
        _ => null,
    };

    /// <summary>a − b; null when only one of them is tied to a time zone (the difference would be a guess).</summary>
    public static TimeSpan? Between(FeelDateTime a, FeelDateTime b) =>
        a.Offset.HasValue == b.Offset.HasValue ? a.Instant - b.Instant : null;

    /// <summary>A date in date-time arithmetic is its midnight in UTC.</summary>
    public static FeelDateTime UtcMidnight(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    /// <summary>Years and months between two dates: whole months, counted the way FEEL's years and months duration does.</summary>
    public static YearsMonthsDuration MonthsBetween(DateTime from, DateTime to)
    {
        var months = (to.Year - from.Year) * 12 + to.Month - from.Month;
        if (months > 0 && to.AddMonths(-months) < from) months--;
        if (months < 0 && to.AddMonths(-months) > from) months++;
        return new YearsMonthsDuration(months);
    }

    private static TimeSpan Wrap(TimeSpan t)
    {
        var ticks = t.Ticks % TimeSpan.TicksPerDay;
        return TimeSpan.FromTicks(ticks < 0 ? ticks + TimeSpan.TicksPerDay : ticks);
    }
}
