using Workflows.Server.Problems;

namespace Workflows.Desk.Shifts;

/// <summary>What a shift template may be: a name, a start and an end that differ, a time zone the machine knows.</summary>
public static class ShiftRules
{
    public const string DefaultTimeZone = "Asia/Shanghai";

    public static (ShiftTemplateEntity? Shift, Mistake? Mistake) Check(ShiftInput input, string teamKey)
    {
        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Trim().Length > 60)
            return (null, Mistake.Of("shift.name.required", "name", "Give the shift a name of at most 60 characters (早班, Early)."));
        if (!ShiftTimes.TryParse(input.Starts, end: false, out var starts))
            return (null, Mistake.Of("shift.time.invalid", "starts", "starts is a time of day as HH:mm, from 00:00 to 23:59.", ("value", input.Starts)));
        if (!ShiftTimes.TryParse(input.Ends, end: true, out var ends))
            return (null, Mistake.Of("shift.time.invalid", "ends", "ends is a time of day as HH:mm, from 00:01 to 24:00.", ("value", input.Ends)));
        if (starts == ends)
            return (null, Mistake.Of("shift.empty", "ends", "A shift must end at another time than it starts.", ("starts", input.Starts), ("ends", input.Ends)));
        var zone = string.IsNullOrWhiteSpace(input.TimeZone) ? DefaultTimeZone : input.TimeZone.Trim();
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
            return (null, Mistake.Of("shift.time-zone.unknown", "timeZone", "timeZone is an IANA time zone such as Asia/Shanghai.", ("value", zone)));
        return (new ShiftTemplateEntity { TeamKey = teamKey, Name = input.Name.Trim(), Starts = starts, Ends = ends, TimeZone = zone }, null);
    }
}
