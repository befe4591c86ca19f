namespace Workflows.Desk.Shifts;

/// <summary>
/// One agent working one shift of a team on one day (the day the shift starts, in the shift's time zone), with the
/// instants it starts and ends worked out when it is rostered: daylight saving and overnight shifts are settled then,
/// and "who is on shift now" is a range test.
/// </summary>
public sealed class RosterEntryEntity
{
    public Guid Id { get; set; }
    public required string TeamKey { get; set; }
    public required string UserName { get; set; }
    public DateOnly Date { get; set; }
    public Guid ShiftId { get; set; }
    public DateTimeOffset StartsAt { get; set; }
    public DateTimeOffset EndsAt { get; set; }
}
