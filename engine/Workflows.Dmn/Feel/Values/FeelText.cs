using System.Globalization;

namespace Workflows.Dmn.Feel.Values;

/// <summary>FEEL's string() of a value: numbers without trailing zeros, ISO 8601 temporals, FEEL list and context syntax.</summary>
public static class FeelText
{
    public static string Number(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    public static string Format(object? value) => value switch
    {
        null => "null",
        string s => s,
        decimal d => Number(d),
        bool b => b ? "true" : "false",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TimeSpan t => TemporalFormat.Duration(t),
        IReadOnlyList<object?> list => "[" + string.Join(", ", list.Select(Quoted)) + "]",
        IReadOnlyDictionary<string, object?> context => "{" + string.Join(", ", context.Select(e => e.Key + ": " + Quoted(e.Value))) + "}",
        FeelRange r => (r.StartIncluded ? "[" : "(") + Quoted(r.Start) + ".." + Quoted(r.End) + (r.EndIncluded ? "]" : ")"),
        FeelFunction f => "function " + f.Name,
        _ => value.ToString() ?? "",
    };

    private static string Quoted(object? value) => value is string s ? "\"" + s + "\"" : Format(value);
}
