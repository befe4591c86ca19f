using Workflows.Desk.Shifts;
using Workflows.Server.Problems;

namespace Workflows.Desk.Sla;

/// <summary>What a team's business hours may be: a known zone, each weekday at most once, each closing after it opens.</summary>
public static class BusinessHoursRules
{
    public static (BusinessWeekEntity? Hours, Mistake? Mistake) Check(BusinessHoursInput input, string teamKey)
    {
        var zone = string.IsNullOrWhiteSpace(input.TimeZone) ? ShiftRules.DefaultTimeZone : input.TimeZone.Trim();
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
            return (null, Mistake.Of("hours.time-zone.unknown", "timeZone", "timeZone is an IANA time zone such as Asia/Shanghai.", ("value", zone)));
        var days = input.Days ?? [];
        if (days.Count == 0) return (null, Mistake.Of("hours.days.required", "days", "Give the hours of at least one weekday."));
        for (var i = 0; i < days.Count; i++)
        {
            var day = days[i];
            if (days.Take(i).Any(d => d.Day == day.Day))
                return (null, Mistake.Of("hours.day.twice", $"days[{i}].day", $"{day.Day} is listed twice.", ("day", day.Day.ToString())));
            if (!ShiftTimes.TryParse(day.Open, end: false, out var open))
                return (null, Mistake.Of("hours.time.invalid", $"days[{i}].open", "open is a time of day as HH:mm.", ("value", day.Open)));
            if (!ShiftTimes.TryParse(day.Close, end: true, out var close))
                return (null, Mistake.Of("hours.time.invalid", $"days[{i}].close", "close is a time of day as HH:mm, up to 24:00.", ("value", day.Close)));
            if (ToSpan(close, end: true) <= ToSpan(open, end: false))
                return (null, Mistake.Of("hours.close.before-open", $"days[{i}].close", $"On {day.Day} the hours must close after they open.",
                    ("open", day.Open), ("close", day.Close)));
        }
        return (new BusinessWeekEntity { TeamKey = teamKey, TimeZone = zone, Days = [.. days.OrderBy(d => ((int)d.Day + 6) % 7)] }, null);
    }

    /// <summary>Hours of the day; a close of 24:00 (parsed as midnight) is the end of the day.</summary>
    public static TimeSpan ToSpan(TimeOnly time, bool end) => end && time == TimeOnly.MinValue ? TimeSpan.FromHours(24) : time.ToTimeSpan();

    public static OpenHours Parse(WeekdayHours day)
    {
        ShiftTimes.TryParse(day.Open, end: false, out var open);
        ShiftTimes.TryParse(day.Close, end: true, out var close);
        return new OpenHours(ToSpan(open, end: false), ToSpan(close, end: true));
    }
}
