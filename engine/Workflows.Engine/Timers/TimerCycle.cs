namespace Workflows.Engine.Timers;

/// <summary>A repeating timer: an ISO 8601 repeating interval or a Quartz cron expression.</summary>
public sealed record TimerCycle(int? Repetitions, DateTimeOffset? Start, IsoDuration? Interval, DateTimeOffset? End, CronExpression? Cron)
{
    public static TimerCycle Parse(string text)
    {
        var trimmed = text.Trim();
        if (!trimmed.StartsWith('R'))
            return new TimerCycle(null, null, null, null, CronExpression.Parse(trimmed));
        var parts = trimmed.Split('/');
        if (parts.Length is < 2 or > 3) throw Invalid(text);
        int? repetitions = parts[0].Length == 1 ? null
            : int.TryParse(parts[0][1..], out var n) && n > 0 ? n : throw Invalid(text);
        if (parts.Length == 2)
            return IsoDuration.TryParse(parts[1], out var only) && !only.IsZero ? new TimerCycle(repetitions, null, only, null, null) : throw Invalid(text);
        var startIsDate = IsoDate.TryParse(parts[1], out var start);
        var endIsDate = IsoDate.TryParse(parts[2], out var end);
        if (startIsDate && IsoDuration.TryParse(parts[2], out var afterStart) && !afterStart.IsZero)
            return new TimerCycle(repetitions, start, afterStart, null, null);
        if (startIsDate && endIsDate && end > start)
            return new TimerCycle(repetitions, start, null, end, null);
        if (endIsDate && IsoDuration.TryParse(parts[1], out var beforeEnd) && !beforeEnd.IsZero)
            return new TimerCycle(repetitions, null, beforeEnd, end, null);
        throw Invalid(text);
    }

    /// <summary>The first occurrence at or after <paramref name="now"/> (for a start in the past, the next one).</summary>
    public DateTimeOffset First(DateTimeOffset now)
    {
        if (Cron is not null) return Cron.NextAfter(now);
        if (Start is { } start && Interval is null && End is { } end)
            return start >= now ? start : Step(start, now, s => s + (end - start));
        if (Start is { } from && Interval is { } step)
            return from >= now ? from : Step(from, now, step.AddTo);
        return Interval!.Value.AddTo(now);
    }

    /// <summary>The occurrence after <paramref name="previous"/>, or null when the cycle has ended.</summary>
    public DateTimeOffset? Next(DateTimeOffset previous)
    {
        var next = Cron?.NextAfter(previous) ?? (Interval is { } interval ? interval.AddTo(previous) : previous + (End!.Value - Start!.Value));
        return Interval is not null && End is { } end && next > end ? null : next;
    }

    private static DateTimeOffset Step(DateTimeOffset from, DateTimeOffset now, Func<DateTimeOffset, DateTimeOffset> advance)
    {
        var due = from;
        for (var i = 0; due < now && i < 100_000; i++) due = advance(due);
        return due;
    }

    private static FormatException Invalid(string text) =>
        new($"'{text}' is not a timer cycle such as R3/PT10M, R/2026-01-01T00:00:00Z/P1D or a cron expression like 0 0/5 * * * ?.");
}
