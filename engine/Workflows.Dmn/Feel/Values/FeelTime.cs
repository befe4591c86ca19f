namespace Workflows.Dmn.Feel.Values;

/// <summary>A FEEL time: a time of day, optionally with a UTC offset or a zone id (FEEL keeps the zone as given).</summary>
public sealed record FeelTime(TimeSpan TimeOfDay, TimeSpan? Offset, string? Zone = null)
{
    /// <summary>The instant on a reference day, for comparing times that carry offsets.</summary>
    internal TimeSpan Normalized => Offset is { } o ? TimeOfDay - o : TimeOfDay;

    public override string ToString() => TemporalFormat.Time(TimeOfDay) + TemporalFormat.Offset(Offset, Zone);
}
