using System.Globalization;
using System.Text.RegularExpressions;

namespace Workflows.Dmn.Feel.Values;

/// <summary>Reads FEEL's ISO 8601 texts: dates, times, date-times (offset or @zone) and both kinds of duration.</summary>
public static partial class TemporalParser
{
    [GeneratedRegex(@"^(-?\d{4,9})-(\d{2})-(\d{2})$")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2}(?::\d{2})?)?(?:@(.+))?$")]
    private static partial Regex TimePattern();

    [GeneratedRegex(@"^(-)?P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d*)?)S)?)?$")]
    private static partial Regex DurationPattern();

    public static DateOnly? ParseDate(string text)
    {
        var m = DatePattern().Match(text);
        if (!m.Success || !int.TryParse(m.Groups[1].Value, CultureInfo.InvariantCulture, out var year) || year is < 1 or > 9999) return null;
        if (m.Groups[1].Value.Length > 4 && m.Groups[1].Value[0] == '0') return null;
        var month = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    public static FeelTime? ParseTime(string text)
    {
        var m = TimePattern().Match(text);
        if (!m.Success) return null;
        int h = Int(m.Groups[1]), min = Int(m.Groups[2]), s = Int(m.Groups[3]);
        if (h > 24 || min > 59 || s > 59 || (h == 24 && (min > 0 || s > 0))) return null;
        var ticks = m.Groups[4].Success ? (long)(decimal.Parse("0" + m.Groups[4].Value, CultureInfo.InvariantCulture) * TimeSpan.TicksPerSecond) : 0;
        var timeOfDay = new TimeSpan(h % 24, min, s) + TimeSpan.FromTicks(ticks);
        TimeSpan? offset = m.Groups[5].Success ? ParseOffset(m.Groups[5].Value) : null;
        var zone = m.Groups[6].Success ? m.Groups[6].Value : null;
        if (offset is { } o && o.Duration() > TimeSpan.FromHours(18) || offset is not null && zone is not null) return null;
        if (zone is not null && ZoneOffset(zone, DateTime.UtcNow) is null) return null;
        return new FeelTime(timeOfDay, offset, zone);
    }

    public static FeelDateTime? ParseDateTime(string text)
    {
        var t = text.IndexOf('T');
        if (t < 0) return ParseDate(text) is { } date ? new FeelDateTime(date.ToDateTime(TimeOnly.MinValue), null) : null;
        if (ParseDate(text[..t]) is not { } day || ParseTime(text[(t + 1)..]) is not { } time) return null;
        var local = day.ToDateTime(TimeOnly.MinValue) + time.TimeOfDay;
        if (text.AsSpan(t + 1).StartsWith("24:"))
        {
            if (day == DateOnly.MaxValue) return null;
            local = local.AddDays(1);
        }
        var offset = time.Zone is { } zone ? ZoneOffset(zone, local) : time.Offset;
        return new FeelDateTime(local, offset, time.Zone);
    }

    /// <summary>P1DT2H (days and time) or P1Y2M (years and months); null when the text is neither.</summary>
    public static object? ParseDuration(string text)
    {
        try { return ReadDuration(text); }
        catch (OverflowException) { return null; }
    }

    private static object? ReadDuration(string text)
    {
        var m = DurationPattern().Match(text);
        if (!m.Success || text.EndsWith('T') || text is "P" or "-P") return null;
        var negative = m.Groups[1].Success;
        if (m.Groups[2].Success || m.Groups[3].Success)
        {
            if (m.Groups[4].Success || m.Groups[5].Success || m.Groups[6].Success || m.Groups[7].Success) return null;
            var months = Int(m.Groups[2]) * 12 + Int(m.Groups[3]);
            return new YearsMonthsDuration(negative ? -months : months);
        }
        var seconds = m.Groups[7].Success ? decimal.Parse(m.Groups[7].Value, CultureInfo.InvariantCulture) : 0;
        var span = TimeSpan.FromDays(Int(m.Groups[4])) + TimeSpan.FromHours(Int(m.Groups[5])) + TimeSpan.FromMinutes(Int(m.Groups[6]))
            + TimeSpan.FromTicks((long)(seconds * TimeSpan.TicksPerSecond));
        return negative ? -span : span;
    }

    /// <summary>@"..." literals: a date, time, date and time or duration, whichever the text is.</summary>
    /// <remarks>FEEL defines @"x" as the conversion function of its kind, so a text that is none of them is null.</remarks>
    public static object? ParseAtLiteral(string text) =>
        (object?)ParseDate(text) ?? (text.Contains('T') ? ParseDateTime(text) : null) ?? ParseTime(text) ?? ParseDuration(text);

    internal static TimeSpan? ZoneOffset(string zone, DateTime local)
    {
        try { return TimeZoneInfo.FindSystemTimeZoneById(zone).GetUtcOffset(local); }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException or IOException or UnauthorizedAccessException) { return null; }
    }

    private static TimeSpan ParseOffset(string text)
    {
        if (text == "Z") return TimeSpan.Zero;
        var sign = text[0] == '-' ? -1 : 1;
        var parts = text[1..].Split(':');
        return sign * new TimeSpan(int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture), parts.Length > 2 ? int.Parse(parts[2], CultureInfo.InvariantCulture) : 0);
    }

    private static int Int(Group group) => group.Success ? int.Parse(group.Value, CultureInfo.InvariantCulture) : 0;
}
