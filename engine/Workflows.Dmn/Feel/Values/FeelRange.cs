namespace Workflows.Dmn.Feel.Values;

/// <summary>
/// A FEEL range such as [1..10) or &lt; 5. In the comparison form (&lt; 5) the missing end is unbounded; in the
/// a..b form an end that evaluates to null makes membership unknown.
/// </summary>
public sealed record FeelRange(object? Start, bool StartIncluded, object? End, bool EndIncluded)
{
    /// <summary>Whether a null end means "no bound" (the &lt; / &gt; forms) rather than "unknown".</summary>
    public bool OpenEnded { get; init; }

    /// <summary>Whether the value lies in the range; null when the value cannot be compared with the ends.</summary>
    public bool? Includes(object? value)
    {
        if (value is null || !OpenEnded && (Start is null || End is null)) return null;
        if (Start is not null)
        {
            var c = FeelComparer.Compare(value, Start);
            if (c is null) return null;
            if (c < 0 || (c == 0 && !StartIncluded)) return false;
        }
        if (End is not null)
        {
            var c = FeelComparer.Compare(value, End);
            if (c is null) return null;
            if (c > 0 || (c == 0 && !EndIncluded)) return false;
        }
        return true;
    }
}
