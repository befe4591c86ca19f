using Workflows.Engine.Model;

namespace Workflows.Engine.Timers;

/// <summary>
/// When a timer is due, computed from its kind and text and the event's clock (never the machine's).
/// Cycles: <c>R[n]/duration</c>, <c>R[n]/start/duration</c>, <c>R[n]/start/end</c>, <c>R[n]/duration/end</c>
/// and Quartz cron (seconds first). <see cref="RemainingAfterFirst"/> is -1 for an unbounded cycle.
/// </summary>
public sealed record TimerSchedule(DateTimeOffset FirstDueAt, int RemainingAfterFirst, TimerCycle? Cycle)
{
    public static TimerSchedule Plan(TimerKind kind, string text, DateTimeOffset now) => kind switch
    {
        TimerKind.Duration => IsoDuration.TryParse(text, out var duration)
            ? new TimerSchedule(duration.AddTo(now), 0, null)
            : throw new FormatException($"'{text}' is not an ISO 8601 duration such as PT10M."),
        TimerKind.Date => IsoDate.TryParse(text, out var date)
            ? new TimerSchedule(date, 0, null)
            : throw new FormatException($"'{text}' is not an ISO 8601 date such as 2026-12-01T09:00:00Z."),
        _ => PlanCycle(TimerCycle.Parse(text), now),
    };

    /// <summary>Checks a literal timer value; returns a sentence saying what is wrong, or null.</summary>
    public static string? Validate(TimerKind kind, string text)
    {
        try
        {
            Plan(kind, text, DateTimeOffset.UnixEpoch);
            return null;
        }
        catch (FormatException e)
        {
            return e.Message;
        }
    }

    private static TimerSchedule PlanCycle(TimerCycle cycle, DateTimeOffset now)
    {
        var first = cycle.First(now);
        var remaining = cycle.Repetitions is { } n ? n - 1 : -1;
        return new TimerSchedule(first, remaining, cycle);
    }
}
