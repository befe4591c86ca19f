using System.Text.RegularExpressions;
using Workflows.Desk.Search;

namespace Workflows.Desk.Knowledge;

/// <summary>
/// An article whose title says what was asked answers it better than one that only mentions the words in passing:
/// PostgreSQL's rank counts how often the words occur, so a long article about asking for a refund outranked "退款到账时间"
/// for "我的退款什么时候到账". Each word of the query in the title multiplies the rank by 1 + <see cref="PerWord"/>.
/// Done here rather than in the search vector (weights would need the title cut by jieba in its own column): the
/// database ranks, this reorders its best few.
/// </summary>
public static partial class KbTitleBoost
{
    public const double PerWord = 0.5;

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Words();

    /// <param name="tsquery">The query as <see cref="KbQuery.Of"/> wrote it: terms joined by " | ", English ones as prefixes.</param>
    public static double Score(double rank, string title, string tsquery)
    {
        var words = Words().Matches(ChineseWords.Spaced(title.ToLowerInvariant())).Select(m => m.Value).ToHashSet();
        var hits = tsquery.Split(" | ").Count(term => term.EndsWith(":*", StringComparison.Ordinal)
            ? words.Any(w => w.StartsWith(term[..^2], StringComparison.Ordinal))
            : words.Contains(term));
        return rank * (1 + PerWord * hits);
    }
}
