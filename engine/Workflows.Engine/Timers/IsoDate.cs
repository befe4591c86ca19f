using System.Globalization;
using System.Text.RegularExpressions;

namespace Workflows.Engine.Timers;

/// <summary>ISO 8601 dates for <c>timeDate</c> and cycle bounds; without an offset, UTC is assumed.</summary>
public static partial class IsoDate
{
    public static bool TryParse(string? text, out DateTimeOffset value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text) || !Shape().IsMatch(text.Trim())) return false;
        return DateTimeOffset.TryParse(text.Trim(), CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out value);
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$")]
    private static partial Regex Shape();
}
