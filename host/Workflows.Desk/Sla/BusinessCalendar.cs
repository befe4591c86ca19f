namespace Workflows.Desk.Sla;

/// <summary>
/// Working time in one time zone: each weekday's open hours, holidays when the clock stands, and make-up working
/// days (调休) that run with the hours of <see cref="MakeUpDayHours"/>. Pure: the caller loads the data.
/// </summary>
public sealed class BusinessCalendar(TimeZoneInfo zone, IReadOnlyDictionary<DayOfWeek, OpenHours> week, IReadOnlyDictionary<DateOnly, string> days)
{
    // At most ten years of calendar days: the guard keeps a calendar without open hours from looping forever.
    private const int MaxDays = 3660;

    public TimeZoneInfo Zone => zone;

    /// <summary>A make-up day works like a Monday (or the first weekday that opens at all).</summary>
    private OpenHours? MakeUpDayHours =>
        new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }.Select(week.GetValueOrDefault).FirstOrDefault(h => h is not null);

    public OpenHours? HoursOn(DateOnly date) => days.TryGetValue(date, out var kind)
        ? kind == CalendarDayKinds.Workday ? week.GetValueOrDefault(date.DayOfWeek) ?? MakeUpDayHours : null
        : week.GetValueOrDefault(date.DayOfWeek);

    /// <summary>The instant when <paramref name="work"/> of working time has passed since <paramref name="start"/>.</summary>
    public DateTimeOffset Add(DateTimeOffset start, TimeSpan work)
    {
        var local = TimeZoneInfo.ConvertTime(start, zone).DateTime;
        var left = work;
        for (var day = 0; day < MaxDays; day++)
        {
            var date = DateOnly.FromDateTime(local);
            if (HoursOn(date) is { } hours)
            {
                var (open, close) = (Midnight(date) + hours.Open, Midnight(date) + hours.Close);
                var from = local < open ? open : local;
                if (from < close)
                {
                    if (from + left <= close) return ToInstant(from + left);
                    left -= close - from;
                }
            }
            local = Midnight(date.AddDays(1));
        }
        throw new InvalidOperationException("The business calendar has no open hours in the next ten years.");
    }

    /// <summary>How much working time lies between two instants (zero when <paramref name="to"/> is not later).</summary>
    public TimeSpan Between(DateTimeOffset from, DateTimeOffset to)
    {
        if (to <= from) return TimeSpan.Zero;
        var (start, end) = (TimeZoneInfo.ConvertTime(from, zone).DateTime, TimeZoneInfo.ConvertTime(to, zone).DateTime);
        var total = TimeSpan.Zero;
        for (var date = DateOnly.FromDateTime(start); date <= DateOnly.FromDateTime(end) && total >= TimeSpan.Zero; date = date.AddDays(1))
        {
            if (HoursOn(date) is not { } hours) continue;
            var open = Max(Midnight(date) + hours.Open, start);
            var close = Min(Midnight(date) + hours.Close, end);
            if (close > open) total += close - open;
        }
        return total;
    }

    private static DateTime Midnight(DateOnly date) => date.ToDateTime(TimeOnly.MinValue);
    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;
    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;

    /// <summary>In UTC: PostgreSQL stores instants, and Npgsql refuses other offsets.</summary>
    private DateTimeOffset ToInstant(DateTime local) => new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
}
