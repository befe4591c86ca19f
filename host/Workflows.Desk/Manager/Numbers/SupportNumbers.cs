using Workflows.Desk.Alerts;

namespace Workflows.Desk.Manager.Numbers;

/// <summary>
/// How support did over a date range (days in the desk's time zone, both ends included): volume, speed,
/// first-contact resolution, SLA attainment, satisfaction, the risk alerts raised, and how the bot did. Rates are 0–1, null
/// when nothing was measured; times are seconds.
/// </summary>
public sealed record SupportNumbers(
    DateOnly From, DateOnly To, string TimeZone, int Cases,
    SupportNumbers.Timing FirstResponse, SupportNumbers.Timing Resolution,
    int Resolved, double? FirstContactResolutionRate, double? FirstResponseAttainment, double? ResolutionAttainment,
    IReadOnlyList<SupportNumbers.Tally> ByChannel, IReadOnlyList<SupportNumbers.Tally> ByCategory, IReadOnlyList<SupportNumbers.Tally> ByDay,
    IReadOnlyList<SupportNumbers.Tally> CsatScores, IReadOnlyList<SupportNumbers.DayScore> CsatByDay, double? CsatAverage,
    IReadOnlyList<AlertEndpoints.AlertView> Alerts, BotNumbers Bot)
{
    public sealed record Timing(int Measured, double? MeanSeconds, double? P90Seconds);
    public sealed record Tally(string Key, int Count);
    public sealed record DayScore(string Day, int Answers, double Average);
}
