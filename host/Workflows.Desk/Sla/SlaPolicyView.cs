namespace Workflows.Desk.Sla;

/// <summary>An SLA policy as the API shows it, in the units the input uses.</summary>
public sealed record SlaPolicyView(Guid Id, string Priority, string? Segment, string? Channel, int FirstResponseMinutes, int ResolutionMinutes,
    int WarnAtPercent, bool BusinessHoursOnly, bool PauseWhileWaiting)
{
    public static SlaPolicyView From(SlaPolicyEntity p) => new(p.Id, p.Priority, p.Segment, p.Channel, (int)p.FirstResponse.TotalMinutes,
        (int)p.Resolution.TotalMinutes, (int)Math.Round(p.WarnAt * 100), p.BusinessHoursOnly, p.PauseWhileWaiting);
}
