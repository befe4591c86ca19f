using Microsoft.EntityFrameworkCore;
using Workflows.Server.Database;
using Workflows.Desk.Database;
using Workflows.Server.Problems;

namespace Workflows.Desk.Knowledge;

public static class KnowledgeEndpoints
{
    public sealed record ArticleView(string Slug, string Language, string Title, string Summary, string Category, IReadOnlyList<string> Tags);

    /// <summary>
    /// Any word of the query in the title, summary, body or tags (<see cref="KbQuery"/>: Chinese cut by jieba, English
    /// stemmed, so "declined" finds "decline"), the articles matching most of them first, those with them in the title before others.
    /// </summary>
    public static void MapKnowledgeEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/kb", async (DeskDbContext db, string? q, string? language, string? category, CancellationToken ct) =>
        {
            if (q is { Length: > 200 }) return Problem.Field("q", "The query is longer than 200 characters.");
            var query = db.KbArticles.AsNoTracking();
            if (language is not null) query = query.Where(a => a.Language == language);
            if (category is not null) query = query.Where(a => a.Category == category);
            if (KbQuery.Of(q) is { } words)
            {
                // Written inside each expression: EF translates ToTsQuery only there.
                const string english = Search.SearchGrams.Configuration;
                var ranked = await query.Where(a => a.SearchVector!.Matches(EF.Functions.ToTsQuery(english, words)))
                    .OrderByDescending(a => a.SearchVector!.Rank(EF.Functions.ToTsQuery(english, words))).ThenBy(a => a.Slug).ThenBy(a => a.Language).Take(50)
                    .Select(a => new { View = new ArticleView(a.Slug, a.Language, a.Title, a.Summary, a.Category, a.Tags), Rank = a.SearchVector!.Rank(EF.Functions.ToTsQuery(english, words)) })
                    .ToListAsync(ct);
                // The title's say (KbTitleBoost) reorders the database's best; a stable sort keeps its order among equals.
                return Results.Ok(ranked.OrderByDescending(x => KbTitleBoost.Score(x.Rank, x.View.Title, words)).Select(x => x.View).ToList());
            }
            if (!string.IsNullOrWhiteSpace(q)) return Results.Ok(new List<ArticleView>());
            var found = await query.OrderBy(a => a.Category).ThenBy(a => a.Slug).ThenBy(a => a.Language).Take(50)
                .Select(a => new ArticleView(a.Slug, a.Language, a.Title, a.Summary, a.Category, a.Tags)).ToListAsync(ct);
            return Results.Ok(found);
        }).WithTags("Knowledge base").Produces<List<ArticleView>>();
}
