namespace Workflows.Dmn.Feel.Values;

/// <summary>A FEEL range such as [1..10) or &gt; 5: a null end is unbounded.</summary>
public sealed record FeelRange(object? Start, bool StartIncluded, object? End, bool EndIncluded)
{
    /// <summary>Whether the value lies in the range; null when the value cannot be compared with the ends.</summary>
    public bool? Includes(object? value)
    {
        if (value is null) return null;
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
