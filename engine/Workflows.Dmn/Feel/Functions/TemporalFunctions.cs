using System.Globalization;
using Workflows.Dmn.Feel.Values;

namespace Workflows.Dmn.Feel.Functions;

/// <summary>FEEL date, time and duration constructors and calendar functions.</summary>
internal static class TemporalFunctions
{
    public static void Register(FunctionRegistrar add)
    {
        add("date", ["from"], 1, Date, others: [["year", "month", "day"]]);
        add("time", ["from"], 1, Time, others: [["hour", "minute", "second", "offset"]]);
        add("date and time", ["from"], 1, DateAndTime, others: [["date", "time"]]);
        add("duration", ["from"], 1, a => a[0] is string s ? TemporalParser.ParseDuration(s) : null);
        add("years and months duration", ["from", "to"], 2, a => (Moment(a[0]), Moment(a[1])) is ({ } f, { } t) ? Temporal.MonthsBetween(f.Date, t.Date) : null);
        add("now", [], 0, _ => new FeelDateTime(DateTime.UtcNow, TimeSpan.Zero));
        add("today", [], 0, _ => DateOnly.FromDateTime(DateTime.UtcNow));
        add("day of year", ["date"], 1, a => Moment(a[0]) is { } d ? (decimal)d.DayOfYear : null);
        add("day of week", ["date"], 1, a => Moment(a[0]) is { } d ? d.DayOfWeek.ToString() : null);
        add("month of year", ["date"], 1, a => Moment(a[0]) is { } d ? CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(d.Month) : null);
        add("week of year", ["date"], 1, a => Moment(a[0]) is { } d ? (decimal)ISOWeek.GetWeekOfYear(d) : null);
    }

    private static DateTime? Moment(object? value) => value switch
    {
        DateOnly d => d.ToDateTime(TimeOnly.MinValue),
        FeelDateTime dt => dt.Local,
        _ => null,
    };

    private static object? Date(IReadOnlyList<object?> a)
    {
        if (a.Count == 3)
        {
            if (a is not [decimal y, decimal m, decimal d]) return null;
            try { return new DateOnly((int)y, (int)m, (int)d); }
            catch (ArgumentOutOfRangeException) { return null; }
        }
        return a[0] switch
        {
            string s => TemporalParser.ParseDate(s),
            DateOnly d => d,
            FeelDateTime dt => DateOnly.FromDateTime(dt.Local),
            _ => null,
        };
    }

    private static object? Time(IReadOnlyList<object?> a)
    {
        if (a.Count >= 3)
        {
            if (a is not [decimal h, decimal m, decimal s, ..] || h is < 0 or > 23 || m is < 0 or > 59 || s < 0 || s >= 60) return null;
            var offset = a.Count > 3 ? a[3] as TimeSpan? : null;
            return new FeelTime(new TimeSpan((int)h, (int)m, 0) + TimeSpan.FromTicks((long)(s * TimeSpan.TicksPerSecond)), offset);
        }
        return a[0] switch
        {
            string s => TemporalParser.ParseTime(s) ?? (TemporalParser.ParseDateTime(s) is { } dt && s.Contains('T') ? ToTime(dt) : null),
            FeelTime t => t,
            FeelDateTime dt => ToTime(dt),
            DateOnly => new FeelTime(TimeSpan.Zero, TimeSpan.Zero),
            _ => null,
        };
    }

    private static FeelTime ToTime(FeelDateTime dt) => new(dt.Local.TimeOfDay, dt.Offset, dt.Zone);

    private static object? DateAndTime(IReadOnlyList<object?> a)
    {
        if (a.Count == 2)
        {
            var day = a[0] switch { DateOnly d => d, FeelDateTime dt => DateOnly.FromDateTime(dt.Local), _ => (DateOnly?)null };
            if (day is null || a[1] is not FeelTime t) return null;
            return new FeelDateTime(day.Value.ToDateTime(TimeOnly.MinValue) + t.TimeOfDay, t.Offset, t.Zone);
        }
        return a[0] switch
        {
            string s => TemporalParser.ParseDateTime(s),
            FeelDateTime dt => dt,
            DateOnly d => new FeelDateTime(d.ToDateTime(TimeOnly.MinValue), null),
            _ => null,
        };
    }
}
