using System.Text.Json;

namespace Workflows.Desk.Sla;

/// <summary>
/// Mainland China's holiday years that ship with the product (embedded <c>calendars/cn-YYYY.json</c>). A year is
/// written when the holidays table has no day of it, so an admin's import is never overwritten.
/// </summary>
public static class ShippedCalendars
{
    public static readonly int[] Years = [2026, 2027];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static CalendarYearFile Read(int year)
    {
        using var stream = typeof(ShippedCalendars).Assembly.GetManifestResourceStream($"calendars/cn-{year}.json")
            ?? throw new InvalidOperationException($"No shipped calendar for {year}.");
        return JsonSerializer.Deserialize<CalendarYearFile>(stream, Json)!;
    }

    public static IEnumerable<HolidayEntity> Days(int year)
    {
        var (days, mistake) = CalendarYearRules.Check(Read(year), year);
        return days ?? throw new InvalidOperationException($"The shipped calendar for {year} is broken: {mistake!.Field}: {mistake.Message}");
    }
}
