using System.Text;
using System.Text.RegularExpressions;

namespace Workflows.Desk.Search;

/// <summary>
/// What someone typed into a search box, as a PostgreSQL tsquery that matches <see cref="SearchGrams"/>'s reading of
/// text: every word must be there, an English word also as the start of a longer one ("refun" finds "refund"), a number
/// as itself, a
/// Chinese run as its pairs of neighbouring characters (or the character, when it stands alone).
/// </summary>
public static partial class SearchQuery
{
    [GeneratedRegex(@"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|[\p{L}\p{N}]+")]
    private static partial Regex Words();

    [GeneratedRegex(@"^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+$")]
    private static partial Regex Chinese();

    /// <summary>The tsquery text for to_tsquery('english', …), or null when nothing searchable was typed.</summary>
    public static string? Of(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed)) return null;
        var terms = new List<string>();
        foreach (Match word in Words().Matches(typed.ToLowerInvariant()))
        {
            var w = word.Value;
            // Numbers (order numbers, amounts, phone digits) mean themselves: "32" is not the start of "3200".
            if (w.All(char.IsAsciiDigit)) terms.Add(w);
            else if (!Chinese().IsMatch(w)) terms.Add($"{w}:*");
            else if (w.Length == 1) terms.Add(w);
            else for (var i = 0; i + 1 < w.Length; i++) terms.Add(w.Substring(i, 2));
        }
        // Only letters and digits reach here, so no quoting is needed; duplicates say nothing more.
        return terms.Count == 0 ? null : string.Join(" & ", terms.Distinct());
    }
}
