namespace Workflows.Dmn.Feel.Values;

/// <summary>A FEEL date and time: a local date-time, optionally with a UTC offset or a zone id.</summary>
public sealed record FeelDateTime(DateTime Local, TimeSpan? Offset, string? Zone = null)
{
    /// <summary>The instant in UTC when an offset is known; otherwise the local value (FEEL compares those as local).</summary>
    internal DateTime Instant => Offset is { } o ? DateTime.SpecifyKind(Local - o, DateTimeKind.Unspecified) : Local;

    public override string ToString() =>
        Local.ToString("yyyy-MM-dd'T'") + TemporalFormat.Time(Local.TimeOfDay) + TemporalFormat.Offset(Offset, Zone);
}
