namespace Workflows.Desk.Sla;

/// <summary>
/// Targets for one priority and, optionally, one customer segment (a segment policy beats the general one).
/// With <see cref="BusinessHoursOnly"/> the clock runs only in business hours, skipping holidays.
/// </summary>
public sealed class SlaPolicyEntity
{
    public Guid Id { get; set; }
    public required string Priority { get; set; }
    public string? Segment { get; set; }
    public TimeSpan FirstResponse { get; set; }
    public TimeSpan Resolution { get; set; }

    /// <summary>When the supervisors are warned, as a share of the first-response target (0.8: at 8 of 10 minutes).</summary>
    public double WarnAt { get; set; } = 0.8;

    public bool BusinessHoursOnly { get; set; }
}
