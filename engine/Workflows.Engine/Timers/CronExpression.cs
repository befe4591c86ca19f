namespace Workflows.Engine.Timers;

/// <summary>
/// A Quartz cron expression as Camunda 7 accepts it: seconds, minutes, hours, day of month, month,
/// day of week (1 = Sunday), optional year; <c>* ? , - /</c> and month/day names. Evaluated in UTC.
/// </summary>
public sealed class CronExpression
{
    private readonly bool[] _seconds, _minutes, _hours, _daysOfMonth, _months, _daysOfWeek;
    private readonly bool _anyDayOfMonth, _anyDayOfWeek;
    private readonly bool[]? _years;

    private CronExpression(string[] fields)
    {
        _seconds = CronField.Parse(fields[0], 0, 59, null);
        _minutes = CronField.Parse(fields[1], 0, 59, null);
        _hours = CronField.Parse(fields[2], 0, 23, null);
        _anyDayOfMonth = fields[3] is "?" or "*";
        _daysOfMonth = CronField.Parse(fields[3], 1, 31, null);
        _months = CronField.Parse(fields[4], 1, 12, CronField.MonthNames);
        _anyDayOfWeek = fields[5] is "?" or "*";
        _daysOfWeek = CronField.Parse(fields[5], 1, 7, CronField.DayNames);
        _years = fields.Length == 7 ? CronField.Parse(fields[6], 1970, 2199, null) : null;
        if (!_anyDayOfMonth && !_anyDayOfWeek)
            throw new FormatException("a cron expression sets either the day of month or the day of week; put ? in the other.");
    }

    public static CronExpression Parse(string text)
    {
        var fields = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length is < 6 or > 7)
            throw new FormatException($"'{text}' is not a cron expression: it needs 6 or 7 fields (seconds first), like 0 0/5 * * * ?.");
        try
        {
            return new CronExpression(fields);
        }
        catch (FormatException e)
        {
            throw new FormatException($"'{text}' is not a valid cron expression: {e.Message}");
        }
    }

    /// <summary>The first matching second strictly after <paramref name="after"/>.</summary>
    public DateTimeOffset NextAfter(DateTimeOffset after)
    {
        var t = after.UtcDateTime;
        t = new DateTime(t.Year, t.Month, t.Day, t.Hour, t.Minute, t.Second, DateTimeKind.Utc).AddSeconds(1);
        var limit = t.AddYears(8);
        while (t < limit)
        {
            if (_years is not null && (t.Year > 2199 || !_years[t.Year])) t = new DateTime(t.Year + 1, 1, 1, 0, 0, 0, DateTimeKind.Utc);
            else if (!_months[t.Month]) t = new DateTime(t.Year, t.Month, 1, 0, 0, 0, DateTimeKind.Utc).AddMonths(1);
            else if (!DayMatches(t)) t = t.Date.AddDays(1);
            else if (!_hours[t.Hour]) t = t.Date.AddHours(t.Hour + 1);
            else if (!_minutes[t.Minute]) t = t.Date.AddHours(t.Hour).AddMinutes(t.Minute + 1);
            else if (!_seconds[t.Second]) t = t.AddSeconds(1);
            else return new DateTimeOffset(t);
        }
        throw new FormatException("the cron expression never fires.");
    }

    private bool DayMatches(DateTime t) =>
        (_anyDayOfMonth || _daysOfMonth[t.Day]) && (_anyDayOfWeek || _daysOfWeek[(int)t.DayOfWeek + 1]);
}
