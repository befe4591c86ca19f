using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Workflows.Desk.Database;
using Workflows.Server.Identity;
using Workflows.Server.Problems;

namespace Workflows.Desk.Knowledge;

/// <summary>
/// <c>/api/kb/articles</c>: the knowledge base's editing side. Managers and admins write and review; the one who
/// publishes a version is never the one who wrote it. Agents read published articles through <c>/api/kb</c>.
/// </summary>
public static class KbEditingEndpoints
{
    public sealed record ArticleLine(string Slug, string Language, string Title, string Category, int PublishedVersion, string? OpenStatus, int? OpenVersion);
    public sealed record ReviewRequest(string? Comment);

    public static void MapKbEditingEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/kb/articles").WithTags("Knowledge base").RequireAuthorization(p => p.RequireRole(Roles.Manager, Roles.Admin));
        group.MapGet("/", ListAsync).Produces<List<ArticleLine>>();
        group.MapGet("/{slug}/{language}", HistoryAsync).Produces<KbArticleHistory>();
        group.MapGet("/{slug}/{language}/versions/{version:int}", async (string slug, string language, int version, DeskDbContext db, CancellationToken ct) =>
            await db.KbRevisions.AsNoTracking().SingleOrDefaultAsync(r => r.Slug == slug && r.Language == language && r.Version == version, ct) is { } r
                ? Results.Ok(KbRevisionView.From(r)) : Problem.NotFound($"Version {version} of {slug} ({language})"))
            .Produces<KbRevisionView>();
        group.MapPut("/{slug}/{language}/draft", (string slug, string language, KbRevisionInput input, KbEditing editing, ClaimsPrincipal user, CancellationToken ct) =>
            editing.SaveDraftAsync(slug, language, input, user.Identity!.Name!, ct)).Produces<KbRevisionView>();
        group.MapPost("/{slug}/{language}/versions/{version:int}/submit", (string slug, string language, int version, KbEditing editing, ClaimsPrincipal user,
            CancellationToken ct) => editing.SubmitAsync(slug, language, version, user.Identity!.Name!, ct)).Produces<KbRevisionView>();
        group.MapPost("/{slug}/{language}/versions/{version:int}/publish", (string slug, string language, int version, KbEditing editing, ClaimsPrincipal user,
            CancellationToken ct) => editing.PublishAsync(slug, language, version, user.Identity!.Name!, ct)).Produces<KbRevisionView>();
        group.MapPost("/{slug}/{language}/versions/{version:int}/reject", (string slug, string language, int version, ReviewRequest request, KbEditing editing,
            ClaimsPrincipal user, CancellationToken ct) => editing.RejectAsync(slug, language, version, request.Comment, user.Identity!.Name!, ct)).Produces<KbRevisionView>();
        group.MapPost("/{slug}/{language}/versions/{version:int}/restore", (string slug, string language, int version, KbEditing editing, ClaimsPrincipal user,
            CancellationToken ct) => editing.RestoreAsync(slug, language, version, user.Identity!.Name!, ct)).Produces<KbRevisionView>();
    }

    private static async Task<List<ArticleLine>> ListAsync(DeskDbContext db, CancellationToken ct)
    {
        var published = await db.KbArticles.AsNoTracking().Select(a => new { a.Slug, a.Language, a.Title, a.Category, a.Version }).ToListAsync(ct);
        var open = await db.KbRevisions.AsNoTracking().Where(r => KbRevisionStatuses.Open.Contains(r.Status))
            .Select(r => new { r.Slug, r.Language, r.Title, r.Category, r.Status, r.Version }).ToListAsync(ct);
        return published.Select(p => (p.Slug, p.Language)).Union(open.Select(o => (o.Slug, o.Language))).Select(key =>
        {
            var (p, o) = (published.FirstOrDefault(a => (a.Slug, a.Language) == key), open.FirstOrDefault(r => (r.Slug, r.Language) == key));
            return new ArticleLine(key.Slug, key.Language, p?.Title ?? o!.Title, p?.Category ?? o!.Category, p?.Version ?? 0, o?.Status, o?.Version);
        }).OrderBy(l => l.Category).ThenBy(l => l.Slug).ThenBy(l => l.Language).ToList();
    }

    private static async Task<IResult> HistoryAsync(string slug, string language, DeskDbContext db, CancellationToken ct)
    {
        var revisions = await db.KbRevisions.AsNoTracking().Where(r => r.Slug == slug && r.Language == language).OrderByDescending(r => r.Version).ToListAsync(ct);
        var article = await db.KbArticles.AsNoTracking().SingleOrDefaultAsync(a => a.Slug == slug && a.Language == language, ct);
        if (revisions.Count == 0 && article is null) return Problem.NotFound($"Article {slug} ({language})");
        // An article seeded before revisions existed reads as version 0, published by nobody.
        var published = revisions.FirstOrDefault(r => r.Status == KbRevisionStatuses.Published) is { } p ? KbRevisionView.From(p)
            : article is null ? null : new KbRevisionView(slug, language, 0, KbRevisionStatuses.Published, article.Title, article.Summary, article.Body, article.Category,
                article.Tags, "system", article.UpdatedAt, article.UpdatedAt, null, null, article.UpdatedAt);
        var open = revisions.FirstOrDefault(r => KbRevisionStatuses.Open.Contains(r.Status));
        return Results.Ok(new KbArticleHistory(slug, language, published, open is null ? null : KbRevisionView.From(open),
            revisions.Select(r => new KbArticleHistory.VersionLine(r.Version, r.Status, r.Author, r.UpdatedAt, r.ReviewedBy)).ToList()));
    }
}
