namespace Workflows.Dmn.Feel.Values;

/// <summary>
/// FEEL ordering and equality. Null against anything orders as null (unknown); two values of kinds that cannot be
/// compared (a string and a number) are a type mismatch, reported rather than silently false.
/// </summary>
public static class FeelComparer
{
    public static int? Compare(object? left, object? right)
    {
        if (left is null || right is null) return null;
        return (left, right) switch
        {
            (decimal a, decimal b) => a.CompareTo(b),
            (string a, string b) => string.CompareOrdinal(a, b),
            (DateOnly a, DateOnly b) => a.CompareTo(b),
            (FeelDateTime a, FeelDateTime b) => a.Instant.CompareTo(b.Instant),
            (DateOnly a, FeelDateTime b) => AtMidnight(a, b.Offset).Instant.CompareTo(b.Instant),
            (FeelDateTime a, DateOnly b) => a.Instant.CompareTo(AtMidnight(b, a.Offset).Instant),
            (FeelTime a, FeelTime b) => a.Normalized.CompareTo(b.Normalized),
            (TimeSpan a, TimeSpan b) => a.CompareTo(b),
            (YearsMonthsDuration a, YearsMonthsDuration b) => a.CompareTo(b),
            _ => throw Mismatch("compare", left, right),
        };
    }

    /// <summary>FEEL '=': null equals only null; lists and contexts compare element by element.</summary>
    public static bool? AreEqual(object? left, object? right)
    {
        if (left is null || right is null) return left is null && right is null;
        switch (left, right)
        {
            case (bool a, bool b): return a == b;
            case (IReadOnlyList<object?> a, IReadOnlyList<object?> b):
                if (a.Count != b.Count) return false;
                for (var i = 0; i < a.Count; i++)
                    if (AreEqual(a[i], b[i]) is not true) return false;
                return true;
            case (IReadOnlyDictionary<string, object?> a, IReadOnlyDictionary<string, object?> b):
                if (a.Count != b.Count) return false;
                foreach (var (key, value) in a)
                    if (!b.TryGetValue(key, out var other) || AreEqual(value, other) is not true) return false;
                return true;
            case (FeelRange a, FeelRange b):
                return a.StartIncluded == b.StartIncluded && a.EndIncluded == b.EndIncluded
                    && AreEqual(a.Start, b.Start) is true && AreEqual(a.End, b.End) is true;
            case (FeelFunction a, FeelFunction b): return ReferenceEquals(a, b);
            case (NotEqualValue a, NotEqualValue b): return AreEqual(a.Value, b.Value);
            case (YearsMonthsDuration a, TimeSpan b): return a.TotalMonths == 0 && b == TimeSpan.Zero;
            case (TimeSpan a, YearsMonthsDuration b): return b.TotalMonths == 0 && a == TimeSpan.Zero;
            case (DateOnly, FeelDateTime) or (FeelDateTime, DateOnly): return false;
            case (FeelDateTime a, FeelDateTime b) when a.Offset.HasValue != b.Offset.HasValue: return false;
            case (FeelTime a, FeelTime b) when a.Offset.HasValue != b.Offset.HasValue: return false;
            default: return Compare(left, right) == 0;
        }
    }

    /// <summary>Equality for list functions (list contains, index of, distinct values): items of another kind are simply not equal.</summary>
    public static bool SameItem(object? left, object? right)
    {
        try { return AreEqual(left, right) is true; }
        catch (FeelException) { return false; }
    }

    internal static FeelException Mismatch(string what, object? left, object? right) =>
        new($"Cannot {what} a {FeelValue.TypeName(left)} ({Show(left)}) with a {FeelValue.TypeName(right)} ({Show(right)}).");

    internal static string Show(object? value) => value switch
    {
        null => "null",
        string s => "\"" + s + "\"",
        bool b => b ? "true" : "false",
        _ => FeelText.Format(value),
    };

    private static FeelDateTime AtMidnight(DateOnly date, TimeSpan? offset) =>
        new(date.ToDateTime(TimeOnly.MinValue), offset ?? (TimeSpan?)null);
}
