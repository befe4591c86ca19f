namespace Workflows.Desk.Sla;

/// <summary>
/// Targets for one priority and, optionally, one customer segment and one channel; the most specific policy wins
/// (segment before channel before neither). With <see cref="BusinessHoursOnly"/> the clock runs only in the SLA
/// team's business hours, skipping holidays and counting make-up working days.
/// </summary>
public sealed class SlaPolicyEntity
{
    public Guid Id { get; set; }
    public required string Priority { get; set; }
    public string? Segment { get; set; }
    public string? Channel { get; set; }
    public TimeSpan FirstResponse { get; set; }
    public TimeSpan Resolution { get; set; }

    /// <summary>When the supervisors are warned, as a share of the first-response target (0.8: at 8 of 10 minutes).</summary>
    public double WarnAt { get; set; } = 0.8;

    public bool BusinessHoursOnly { get; set; }

    /// <summary>Whether the resolution clock stands while the case waits for the customer's answer.</summary>
    public bool PauseWhileWaiting { get; set; } = true;

    /// <summary>How well the policy fits a case: -1 when it does not apply, higher when more specific.</summary>
    public int Fit(string priority, string segment, string channel) =>
        Priority != priority || (Segment is not null && Segment != segment) || (Channel is not null && Channel != channel) ? -1
        : (Segment is null ? 0 : 2) + (Channel is null ? 0 : 1);
}
