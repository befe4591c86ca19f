namespace Workflows.Desk.Sla;

/// <summary>A day the business-hours clock does not run.</summary>
public sealed class HolidayEntity
{
    public DateOnly Date { get; set; }
    public required string Name { get; set; }
}
