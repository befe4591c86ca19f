using System.Text.RegularExpressions;
using JiebaNet.Segmenter;

namespace Workflows.Desk.Search;

/// <summary>
/// Chinese text cut into words by jieba (search mode: long words and the shorter words inside them), English and
/// numbers left as they are for PostgreSQL's english configuration to stem. The knowledge base is searched by these
/// words: "我的退款什么时候到账" finds "退款到账时间" through 退款 and 到账.
/// </summary>
public static partial class ChineseWords
{
    // jieba reads its dictionaries from a folder; the build copies the package's Resources beside the host.
    private static readonly Lazy<JiebaSegmenter> Segmenter = new(() =>
    {
        ConfigManager.ConfigFileBaseDir = Path.Combine(AppContext.BaseDirectory, "Resources");
        return new JiebaSegmenter();
    });

    // The segmenter keeps state between calls; searches are few, a lock is cheap.
    private static readonly Lock Cutting = new();

    [GeneratedRegex(@"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")]
    private static partial Regex ChineseRuns();

    /// <summary>The text with every Chinese run replaced by its words, separated by spaces.</summary>
    public static string Spaced(string text) =>
        ChineseRuns().Replace(text, run => " " + string.Join(' ', Cut(run.Value)) + " ");

    /// <summary>The words of one Chinese run, in search mode.</summary>
    public static IReadOnlyList<string> Cut(string run)
    {
        lock (Cutting) return Segmenter.Value.CutForSearch(run).Where(w => !string.IsNullOrWhiteSpace(w)).ToList();
    }
}
