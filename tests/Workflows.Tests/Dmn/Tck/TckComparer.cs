using Workflows.Dmn.Feel.Values;

namespace Workflows.Tests.Dmn.Tck;

/// <summary>
/// Typed comparison of an expected TCK value with an engine result. Numbers agree when equal to 12 significant
/// digits (the TCK prints results like 2878.69354943277 from engines with other precisions); everything else is exact:
/// strings, booleans, dates, times and date-times (offset and zone included), both durations, lists, contexts, null.
/// </summary>
internal static class TckComparer
{
    public static bool Same(object? expected, object? actual) => (expected, actual) switch
    {
        (null, null) => true,
        (null, _) or (_, null) => false,
        (decimal e, decimal a) => e == a || Math.Abs(e - a) <= 1e-12m * Math.Max(1m, Math.Abs(e)),
        (IReadOnlyList<object?> e, IReadOnlyList<object?> a) => e.Count == a.Count && e.Zip(a).All(p => Same(p.First, p.Second)),
        (IReadOnlyDictionary<string, object?> e, IReadOnlyDictionary<string, object?> a) =>
            e.Count == a.Count && e.All(entry => a.TryGetValue(entry.Key, out var v) && Same(entry.Value, v)),
        (FeelDateTime e, FeelDateTime a) => e.Local == a.Local && e.Offset == a.Offset && e.Zone == a.Zone,
        (FeelTime e, FeelTime a) => e.TimeOfDay == a.TimeOfDay && e.Offset == a.Offset && e.Zone == a.Zone,
        _ => expected.GetType() == actual.GetType() && expected.Equals(actual),
    };

    public static string Show(object? value) => value switch
    {
        null => "null",
        string s => "\"" + s + "\"",
        _ => FeelText.Format(value),
    };
}
