using System.Globalization;
using System.Text.RegularExpressions;

namespace Workflows.Engine.Timers;

/// <summary>An ISO 8601 duration (<c>PnYnMnDTnHnMnS</c> or <c>PnW</c>), added with calendar arithmetic.</summary>
public readonly partial record struct IsoDuration(int Years, int Months, int Weeks, int Days, int Hours, int Minutes, double Seconds)
{
    public static bool TryParse(string? text, out IsoDuration duration)
    {
        duration = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var match = Pattern().Match(text.Trim());
        if (!match.Success || match.Groups.Values.Skip(1).All(g => !g.Success)) return false;
        if (text.Contains('T') && !(match.Groups["h"].Success || match.Groups["mi"].Success || match.Groups["s"].Success)) return false;
        static int Int(Group g) => g.Success ? int.Parse(g.Value, CultureInfo.InvariantCulture) : 0;
        duration = new IsoDuration(Int(match.Groups["y"]), Int(match.Groups["mo"]), Int(match.Groups["w"]), Int(match.Groups["d"]),
            Int(match.Groups["h"]), Int(match.Groups["mi"]),
            match.Groups["s"].Success ? double.Parse(match.Groups["s"].Value.Replace(',', '.'), CultureInfo.InvariantCulture) : 0);
        return true;
    }

    public DateTimeOffset AddTo(DateTimeOffset start) =>
        start.AddYears(Years).AddMonths(Months).AddDays(Weeks * 7 + Days).AddHours(Hours).AddMinutes(Minutes).AddSeconds(Seconds);

    public bool IsZero => this == default;

    [GeneratedRegex(@"^P(?:(?<y>\d+)Y)?(?:(?<mo>\d+)M)?(?:(?<w>\d+)W)?(?:(?<d>\d+)D)?(?:T(?:(?<h>\d+)H)?(?:(?<mi>\d+)M)?(?:(?<s>\d+(?:[.,]\d+)?)S)?)?$")]
    private static partial Regex Pattern();
}
