namespace Workflows.Desk.Shifts;

/// <summary>A shift template as the API shows it and takes it: "08:00" to "16:00" (or "24:00"), in a time zone.</summary>
public sealed record ShiftView(Guid Id, string Name, string Starts, string Ends, string TimeZone)
{
    public static ShiftView From(ShiftTemplateEntity shift) =>
        new(shift.Id, shift.Name, ShiftTimes.Format(shift.Starts, false), ShiftTimes.Format(shift.Ends, true), shift.TimeZone);
}
