using System.Text.RegularExpressions;
using Workflows.Desk.Search;

namespace Workflows.Desk.Knowledge;

/// <summary>
/// What an agent types into the knowledge-base search, as a tsquery over <see cref="KbArticleEntity.SearchText"/>:
/// any of its words (Chinese cut by jieba, English stemmed, as a prefix), best matches first. A question typed as a
/// sentence still finds the article that answers it; words that say nothing (的, 了, the) are left out.
/// </summary>
public static partial class KbQuery
{
    private static readonly HashSet<string> Empty =
        ["的", "了", "是", "我", "我的", "你", "吗", "呢", "什么", "怎么", "为什么", "时候", "the", "a", "an", "my", "is", "to", "of", "and", "why", "how", "when"];

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Words();

    public static string? Of(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed)) return null;
        var terms = Words().Matches(ChineseWords.Spaced(typed.ToLowerInvariant())).Select(m => m.Value)
            .Where(w => !Empty.Contains(w) && !(w.Length == 1 && w[0] > 0x3000 && typed.Trim().Length > 1))
            .Select(w => w.All(char.IsAsciiLetter) ? $"{w}:*" : w).Distinct().ToList();
        return terms.Count == 0 ? null : string.Join(" | ", terms);
    }
}
