namespace Workflows.Desk.Shifts;

/// <summary>
/// A team's shift (早班 08:00–16:00, 夜班 22:00–06:00) in its time zone. A shift that ends at or before its start
/// ends the next day; <see cref="Ends"/> of midnight is written "24:00".
/// </summary>
public sealed class ShiftTemplateEntity
{
    public Guid Id { get; set; }
    public required string TeamKey { get; set; }
    public required string Name { get; set; }
    public TimeOnly Starts { get; set; }
    public TimeOnly Ends { get; set; }
    public required string TimeZone { get; set; }
}
