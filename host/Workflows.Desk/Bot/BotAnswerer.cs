using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Workflows.Desk.Database;
using Workflows.Desk.Knowledge;
using Workflows.Desk.Search;

namespace Workflows.Desk.Bot;

/// <summary>
/// The bot's reading of a question: hand-off words first (<see cref="BotTriggers"/>), then the published articles of the
/// question's language ranked by PostgreSQL (ts_rank over the articles' search vectors, as <c>GET /api/kb</c> ranks
/// them), the question widened by <see cref="BotSynonyms"/>. Confidence is the best article's rank scaled to 0..1; below
/// <see cref="BotOptions.MinConfidence"/> the customer goes to a person rather than read something beside the point.
/// </summary>
public sealed class BotAnswerer(DeskDbContext db, IOptions<BotOptions> options)
{
    /// <summary>The rank at which confidence is one half: a question sharing a few words with a short article.</summary>
    public const double HalfConfidenceRank = 0.05;

    /// <summary>How many of the database's best the title boost reorders before the first three are taken.</summary>
    private const int Candidates = 10;

    /// <param name="expand">False searches the question's own words only (the evaluation reports both).</param>
    public async Task<BotAnswer> AnswerAsync(string question, string? language, CancellationToken ct, bool expand = true)
    {
        // Customers write in the language they read: a Chinese question gets Chinese articles whatever the profile says.
        var lang = question.Any(c => c is >= '\u4e00' and <= '\u9fff') ? "zh-CN" : question.Any(char.IsAsciiLetter) ? "en" : language ?? "zh-CN";
        var articles = await RankAsync(question, expand ? BotSynonyms.Expand(question, lang) : question, lang, ct);
        var confidence = articles.Count == 0 ? 0 : articles[0].Rank / (articles[0].Rank + HalfConfidenceRank);
        var handOff = BotTriggers.HandOffReason(question) ?? (confidence < options.Value.MinConfidence ? BotHandOffs.LowConfidence : null);
        return new BotAnswer(lang, articles, Math.Round(confidence, 3), handOff);
    }

    private async Task<IReadOnlyList<BotArticle>> RankAsync(string question, string text, string language, CancellationToken ct)
    {
        if (KbQuery.Of(text) is not { } words) return [];
        // The title boost reads the customer's own words: the synonyms' additions already count in the rank.
        var own = KbQuery.Of(question) ?? words;
        // Written inside each expression: EF translates ToTsQuery only there.
        const string english = SearchGrams.Configuration;
        var ranked = await db.KbArticles.AsNoTracking()
            .Where(a => a.Language == language && a.SearchVector!.Matches(EF.Functions.ToTsQuery(english, words)))
            .OrderByDescending(a => a.SearchVector!.Rank(EF.Functions.ToTsQuery(english, words))).ThenBy(a => a.Slug).Take(Candidates)
            .Select(a => new BotArticle(a.Slug, a.Language, a.Title, a.Summary, a.Body, a.SearchVector!.Rank(EF.Functions.ToTsQuery(english, words))))
            .ToListAsync(ct);
        // The database's best few, reordered by what their titles say (KbTitleBoost); the rank kept is the database's.
        return [.. ranked.OrderByDescending(a => KbTitleBoost.Score(a.Rank, a.Title, own)).Take(3)];
    }
}
