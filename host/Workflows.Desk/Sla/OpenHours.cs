namespace Workflows.Desk.Sla;

/// <summary>When a day's clock runs, from <see cref="Open"/> to <see cref="Close"/> (up to 24:00) in the calendar's zone.</summary>
public sealed record OpenHours(TimeSpan Open, TimeSpan Close);
