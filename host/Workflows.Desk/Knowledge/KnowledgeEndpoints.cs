using Microsoft.EntityFrameworkCore;
using Workflows.Server.Database;
using Workflows.Desk.Database;
using Workflows.Server.Problems;

namespace Workflows.Desk.Knowledge;

public static class KnowledgeEndpoints
{
    public sealed record ArticleView(string Slug, string Language, string Title, string Summary, string Category, IReadOnlyList<string> Tags);

    /// <summary>
    /// Every word of the query must appear in the title, summary, body or tags. Substring matching, not a stemmer:
    /// Chinese has no spaces, and "退款" must find "退款到账时间".
    /// </summary>
    public static void MapKnowledgeEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/kb", async (DeskDbContext db, string? q, string? language, string? category, CancellationToken ct) =>
        {
            if (q is { Length: > 200 }) return Problem.Field("q", "The query is longer than 200 characters.");
            var query = db.KbArticles.AsNoTracking();
            if (language is not null) query = query.Where(a => a.Language == language);
            if (category is not null) query = query.Where(a => a.Category == category);
            foreach (var word in (q ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var pattern = "%" + word.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
                query = query.Where(a => EF.Functions.ILike(a.Title, pattern) || EF.Functions.ILike(a.Summary, pattern) || EF.Functions.ILike(a.Body, pattern)
                    || a.Tags.Any(t => EF.Functions.ILike(t, pattern)));
            }
            var found = await query.OrderBy(a => a.Category).ThenBy(a => a.Slug).ThenBy(a => a.Language).Take(50)
                .Select(a => new ArticleView(a.Slug, a.Language, a.Title, a.Summary, a.Category, a.Tags)).ToListAsync(ct);
            return Results.Ok(found);
        }).WithTags("Knowledge base").Produces<List<ArticleView>>();
}
