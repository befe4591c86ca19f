using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Workflows.Dmn.Feel.Values;

namespace Workflows.Dmn.Feel.Functions;

/// <summary>FEEL string functions. Positions and lengths count Unicode code points, 1-based, negative from the end.</summary>
internal static class StringFunctions
{
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromMilliseconds(200);

    public static void Register(FunctionRegistrar add)
    {
        add("string length", ["string"], 1, a => a[0] is string s ? (decimal)CodePoints(s).Length : null);
        add("upper case", ["string"], 1, a => (a[0] as string)?.ToUpperInvariant());
        add("lower case", ["string"], 1, a => (a[0] as string)?.ToLowerInvariant());
        add("substring", ["string", "start position", "length"], 2, Substring);
        add("substring before", ["string", "match"], 2, a => a is [string s, string m, ..] ? (s.IndexOf(m, StringComparison.Ordinal) is var i and >= 0 ? s[..i] : "") : null);
        add("substring after", ["string", "match"], 2, a => a is [string s, string m, ..] ? (s.IndexOf(m, StringComparison.Ordinal) is var i and >= 0 ? s[(i + m.Length)..] : "") : null);
        add("contains", ["string", "match"], 2, a => a is [string s, string m, ..] ? s.Contains(m, StringComparison.Ordinal) : null);
        add("starts with", ["string", "match"], 2, a => a is [string s, string m, ..] ? s.StartsWith(m, StringComparison.Ordinal) : null);
        add("ends with", ["string", "match"], 2, a => a is [string s, string m, ..] ? s.EndsWith(m, StringComparison.Ordinal) : null);
        add("matches", ["input", "pattern", "flags"], 2, a => a is [string s, string p, ..] && Pattern(p, a) is { } r ? r.IsMatch(s) : null);
        add("replace", ["input", "pattern", "replacement", "flags"], 3,
            a => a is [string s, string p, string r, ..] && Pattern(p, a, 3) is { } regex ? regex.Replace(s, r) : null);
        add("split", ["string", "delimiter"], 2, a => a is [string s, string d, ..] && Pattern(d, a, 9) is { } r ? r.Split(s).Cast<object?>().ToList() : null);
        add("string join", ["list", "delimiter"], 1, a => a[0] is IReadOnlyList<object?> list && list.All(i => i is null or string)
            ? string.Join(a.Count > 1 ? a[1] as string ?? "" : "", list.OfType<string>()) : null);
        add("string", ["from"], 1, a => a[0] is null ? null : FeelText.Format(a[0]));
        add("number", ["from", "grouping separator", "decimal separator"], 1, Number);
    }

    private static object? Substring(IReadOnlyList<object?> a)
    {
        if (a[0] is not string s || a[1] is not decimal start) return null;
        var points = CodePoints(s);
        var first = start > 0 ? (int)start - 1 : points.Length + (int)start;
        if (first < 0 || first >= points.Length && points.Length > 0) return first < 0 && a.Count > 2 ? null : "";
        var count = a.Count > 2 && a[2] is decimal length ? Math.Min((int)length, points.Length - first) : points.Length - first;
        if (count < 0) return null;
        var builder = new StringBuilder();
        for (var i = first; i < first + count; i++) builder.Append(char.ConvertFromUtf32(points[i]));
        return builder.ToString();
    }

    private static object? Number(IReadOnlyList<object?> a)
    {
        if (a[0] is not string s) return null;
        if (a.Count > 1 && a[1] is string group) s = s.Replace(group, "");
        if (a.Count > 2 && a[2] is string point) s = s.Replace(point, ".");
        return decimal.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;
    }

    /// <summary>
    /// An XPath-style regex with flags s, m, i, x (x strips whitespace from the pattern, as XPath does); unknown flags
    /// or a bad pattern give null, a runaway pattern times out.
    /// </summary>
    private static Regex? Pattern(string pattern, IReadOnlyList<object?> a, int flagsIndex = 2)
    {
        var options = RegexOptions.CultureInvariant;
        if (a.Count > flagsIndex && a[flagsIndex] is not null)
        {
            if (a[flagsIndex] is not string flags) return null;
            foreach (var f in flags)
            {
                if (f is not ('s' or 'm' or 'i' or 'x' or 'q')) return null;
                options |= f switch { 's' => RegexOptions.Singleline, 'm' => RegexOptions.Multiline, 'i' => RegexOptions.IgnoreCase, _ => 0 };
            }
            if (flags.Contains('x')) pattern = string.Concat(pattern.Where(c => !char.IsWhiteSpace(c)));
            if (flags.Contains('q')) pattern = Regex.Escape(pattern);
        }
        try { return new Regex(pattern, options, RegexTimeout); }
        catch (ArgumentException) { return null; }
    }

    internal static int[] CodePoints(string s)
    {
        var points = new List<int>(s.Length);
        foreach (var rune in s.EnumerateRunes()) points.Add(rune.Value);
        return points.ToArray();
    }
}
