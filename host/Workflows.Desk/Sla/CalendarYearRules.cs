using System.Globalization;
using Workflows.Server.Problems;

namespace Workflows.Desk.Sla;

/// <summary>
/// What an imported year may hold: real dates of that year, each once, a known kind and a name; a make-up working
/// day falls on a weekend (a weekday already works). The first mistake is reported with its index, nothing saved.
/// </summary>
public static class CalendarYearRules
{
    public static (List<HolidayEntity>? Days, Mistake? Mistake) Check(CalendarYearFile file, int year)
    {
        if (year is < 2000 or > 2100) return (null, Mistake.Of("calendar.year.invalid", "year", "The year is between 2000 and 2100.", ("value", year)));
        if (file.Year is { } named && named != year)
            return (null, Mistake.Of("calendar.year.mismatch", "year", $"The file is for {named}, not {year}.", ("value", named), ("year", year)));
        if (file.Days is not { Count: > 0 } days) return (null, Mistake.Of("calendar.days.required", "days", "List the year's holidays and make-up working days."));
        var result = new List<HolidayEntity>();
        for (var i = 0; i < days.Count; i++)
        {
            var day = days[i];
            var field = $"days[{i}]";
            if (!DateOnly.TryParseExact(day.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                return (null, Mistake.Of("calendar.date.invalid", $"{field}.date", $"'{day.Date}' is not a date written as yyyy-MM-dd.", ("value", day.Date)));
            if (date.Year != year)
                return (null, Mistake.Of("calendar.date.other-year", $"{field}.date", $"{day.Date} is not in {year}.", ("value", day.Date), ("year", year)));
            if (result.Any(d => d.Date == date))
                return (null, Mistake.Of("calendar.date.twice", $"{field}.date", $"{day.Date} is listed twice.", ("value", day.Date)));
            if (!CalendarDayKinds.All.Contains(day.Kind))
                return (null, Mistake.Of("calendar.kind.unknown", $"{field}.kind", "kind is holiday or workday.", ("value", day.Kind)));
            if (day.Kind == CalendarDayKinds.Workday && date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
                return (null, Mistake.Of("calendar.workday.weekday", $"{field}.kind", $"{day.Date} is a {date.DayOfWeek}; a make-up working day is a Saturday or Sunday.",
                    ("value", day.Date)));
            if (string.IsNullOrWhiteSpace(day.Name) || day.Name.Length > 120)
                return (null, Mistake.Of("calendar.name.required", $"{field}.name", "Name the day (春节, Labour Day), in at most 120 characters."));
            result.Add(new HolidayEntity { Date = date, Kind = day.Kind!, Name = day.Name.Trim() });
        }
        return (result, null);
    }
}
