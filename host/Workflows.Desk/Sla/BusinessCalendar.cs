namespace Workflows.Desk.Sla;

/// <summary>Adds working time to an instant: only open hours of working days count, holidays never.</summary>
public sealed class BusinessCalendar(BusinessHoursOptions hours, IReadOnlySet<DateOnly> holidays)
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(hours.TimeZone);

    public DateTimeOffset Add(DateTimeOffset start, TimeSpan work)
    {
        if (hours.Close <= hours.Open || hours.Days.Count == 0)
            throw new InvalidOperationException("Business hours must open before they close on at least one day.");
        var local = TimeZoneInfo.ConvertTime(start, _zone).DateTime;
        var left = work;
        // At most a few years of calendar days: the guard keeps a misconfigured holiday list from looping forever.
        for (var day = 0; day < 3660; day++)
        {
            var date = DateOnly.FromDateTime(local);
            if (hours.Days.Contains(local.DayOfWeek) && !holidays.Contains(date))
            {
                var open = date.ToDateTime(hours.Open);
                var close = date.ToDateTime(hours.Close);
                var from = local < open ? open : local;
                if (from < close)
                {
                    if (from + left <= close) return ToOffset(from + left);
                    left -= close - from;
                }
            }
            local = date.AddDays(1).ToDateTime(TimeOnly.MinValue);
        }
        throw new InvalidOperationException("The business calendar has no open hours in the next ten years.");
    }

    /// <summary>In UTC: PostgreSQL stores instants, and Npgsql refuses other offsets.</summary>
    private DateTimeOffset ToOffset(DateTime local) => new DateTimeOffset(local, _zone.GetUtcOffset(local)).ToUniversalTime();
}
