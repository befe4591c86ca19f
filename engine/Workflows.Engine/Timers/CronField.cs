namespace Workflows.Engine.Timers;

/// <summary>Parses one cron field into the set of values it allows.</summary>
internal static class CronField
{
    public static readonly string[] MonthNames = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
    public static readonly string[] DayNames = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

    public static bool[] Parse(string field, int min, int max, string[]? names)
    {
        var allowed = new bool[max + 1];
        foreach (var part in field.Split(','))
        {
            var (range, step) = part.Split('/') switch
            {
                [var r] => (r, 1),
                [var r, var s] when int.TryParse(s, out var n) && n > 0 => (r, n),
                _ => throw new FormatException($"'{part}' is not a cron field value."),
            };
            int from, to;
            if (range is "*" or "?") (from, to) = (min, max);
            else if (range.Split('-') is [var a, var b]) (from, to) = (Value(a, min, max, names), Value(b, min, max, names));
            else (from, to) = (Value(range, min, max, names), step > 1 ? max : Value(range, min, max, names));
            if (from > to) throw new FormatException($"'{part}' runs backwards.");
            for (var v = from; v <= to; v += step) allowed[v] = true;
        }
        return allowed;
    }

    private static int Value(string text, int min, int max, string[]? names)
    {
        if (names is not null)
        {
            var index = Array.IndexOf(names, text.ToUpperInvariant());
            if (index >= 0) return index + min;
        }
        return int.TryParse(text, out var value) && value >= min && value <= max
            ? value
            : throw new FormatException($"'{text}' is not between {min} and {max} (L, W and # are not supported).");
    }
}
