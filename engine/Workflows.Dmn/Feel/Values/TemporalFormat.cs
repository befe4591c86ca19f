using System.Globalization;

namespace Workflows.Dmn.Feel.Values;

/// <summary>The ISO 8601 text FEEL's string() gives for times, offsets and days-time durations.</summary>
internal static class TemporalFormat
{
    public static string Time(TimeSpan t)
    {
        var text = $"{t.Hours:00}:{t.Minutes:00}:{t.Seconds:00}";
        var fraction = t.Ticks % TimeSpan.TicksPerSecond;
        return fraction == 0 ? text : text + "." + fraction.ToString("0000000", CultureInfo.InvariantCulture).TrimEnd('0');
    }

    public static string Offset(TimeSpan? offset, string? zone)
    {
        if (zone is not null) return "@" + zone;
        if (offset is not { } o) return "";
        if (o == TimeSpan.Zero) return "Z";
        var text = (o < TimeSpan.Zero ? "-" : "+") + $"{Math.Abs(o.Hours):00}:{Math.Abs(o.Minutes):00}";
        return o.Seconds == 0 ? text : text + $":{Math.Abs(o.Seconds):00}";
    }

    public static string Duration(TimeSpan d)
    {
        if (d == TimeSpan.Zero) return "PT0S";
        var sign = d < TimeSpan.Zero ? "-" : "";
        d = d.Duration();
        var text = sign + "P" + (d.Days > 0 ? $"{d.Days}D" : "");
        if (d.Hours == 0 && d.Minutes == 0 && d.Seconds == 0 && d.Ticks % TimeSpan.TicksPerSecond == 0) return text;
        text += "T" + (d.Hours > 0 ? $"{d.Hours}H" : "") + (d.Minutes > 0 ? $"{d.Minutes}M" : "");
        var seconds = (decimal)(d.Ticks % TimeSpan.TicksPerMinute) / TimeSpan.TicksPerSecond;
        return seconds > 0 ? text + seconds.ToString("0.#######", CultureInfo.InvariantCulture) + "S" : text;
    }
}
