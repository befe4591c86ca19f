using System.Globalization;

namespace Workflows.Desk.Shifts;

/// <summary>Shift times as people write them ("08:00", "24:00" for the midnight a shift ends at) and the instants a rostered day makes of them.</summary>
public static class ShiftTimes
{
    public static bool TryParse(string? text, bool end, out TimeOnly time)
    {
        time = default;
        if (end && text == "24:00") return true; // midnight, at the end of the day
        return text is { Length: 5 } && TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out time);
    }

    public static string Format(TimeOnly time, bool end) => end && time == TimeOnly.MinValue ? "24:00" : time.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>
    /// When a shift rostered on <paramref name="date"/> starts and ends: it ends the next day when it ends at or
    /// before its start. A local time that a daylight-saving jump skips is taken an hour later, as clocks show it.
    /// </summary>
    public static (DateTimeOffset Starts, DateTimeOffset Ends) Instants(DateOnly date, TimeOnly starts, TimeOnly ends, TimeZoneInfo zone) =>
        (ToUtc(date.ToDateTime(starts), zone), ToUtc((ends <= starts ? date.AddDays(1) : date).ToDateTime(ends), zone));

    private static DateTimeOffset ToUtc(DateTime local, TimeZoneInfo zone)
    {
        if (zone.IsInvalidTime(local)) local = local.AddHours(1);
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone), TimeSpan.Zero);
    }
}
