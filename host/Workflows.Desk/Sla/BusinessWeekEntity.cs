namespace Workflows.Desk.Sla;

/// <summary>A team's business week: its opening hours in its time zone; a team without a row runs on <see cref="BusinessHoursOptions"/>.</summary>
public sealed class BusinessWeekEntity
{
    public required string TeamKey { get; set; }
    public required string TimeZone { get; set; }

    /// <summary>One entry per open weekday; a weekday not listed is closed.</summary>
    public List<WeekdayHours> Days { get; set; } = [];
}
