using Microsoft.EntityFrameworkCore;
using Workflows.Desk.Database;
using Workflows.Server.Database;
using Workflows.Server.Identity.Audit;
using Workflows.Server.Problems;

namespace Workflows.Desk.Knowledge;

/// <summary>
/// Writing the knowledge base: drafts, review by someone other than the author, publishing (the published version is
/// what the search and the case suggestions read, in its language), rejection with a comment, and a new draft from
/// any earlier version. Each step is audited; a step the revision's status does not allow is refused with 409.
/// </summary>
public sealed class KbEditing(DeskDbContext db, DatabaseSession session, AuditLog audit, TimeProvider clock)
{
    public async Task<IResult> SaveDraftAsync(string slug, string language, KbRevisionInput input, string author, CancellationToken ct)
    {
        if ((KbRevisionRules.CheckAddress(slug, language) ?? KbRevisionRules.Check(input)) is { } mistake) return Problem.Field(mistake);
        var open = await OpenAsync(slug, language, ct);
        if (open is { Status: KbRevisionStatuses.Review })
            return Problem.Conflict("kb.revision.in-review", $"Version {open.Version} is waiting for review; reject it before changing it.", ("version", open.Version));
        var now = clock.GetUtcNow();
        if (open is null)
        {
            var version = await db.KbRevisions.Where(r => r.Slug == slug && r.Language == language).MaxAsync(r => (int?)r.Version, ct) ?? 0;
            db.KbRevisions.Add(open = new KbRevisionEntity
            {
                Id = Guid.CreateVersion7(), Slug = slug, Language = language, Version = version + 1, Title = "", Summary = "", Body = "", Category = "",
                Author = author, CreatedAt = now,
            });
        }
        (open.Title, open.Summary, open.Body, open.Category, open.Tags, open.UpdatedAt) =
            (input.Title!.Trim(), input.Summary!.Trim(), input.Body!.Trim(), input.Category!.Trim(), [.. (input.Tags ?? []).Select(t => t.Trim()).Distinct()], now);
        audit.Add("kb.draft", "kb-article", $"{slug}/{language}", open.Title, after: new { open.Version });
        await session.SaveChangesAsync(ct);
        return Results.Ok(KbRevisionView.From(open));
    }

    public Task<IResult> SubmitAsync(string slug, string language, int version, string actor, CancellationToken ct) =>
        MoveAsync(slug, language, version, [KbRevisionStatuses.Draft], ct, revision =>
        {
            revision.Status = KbRevisionStatuses.Review;
            audit.Add("kb.submit", "kb-article", $"{slug}/{language}", revision.Title, after: new { version, by = actor });
            return Task.FromResult<IResult?>(null);
        });

    public Task<IResult> RejectAsync(string slug, string language, int version, string? comment, string reviewer, CancellationToken ct) =>
        MoveAsync(slug, language, version, [KbRevisionStatuses.Review], ct, revision =>
        {
            if (string.IsNullOrWhiteSpace(comment))
                return Task.FromResult<IResult?>(Problem.Field(Mistake.Of("kb.comment.required", "comment", "Say what the author should change.")));
            (revision.Status, revision.ReviewedBy, revision.ReviewComment) = (KbRevisionStatuses.Rejected, reviewer, comment.Trim());
            audit.Add("kb.reject", "kb-article", $"{slug}/{language}", revision.Title, after: new { version, comment });
            return Task.FromResult<IResult?>(null);
        });

    public Task<IResult> PublishAsync(string slug, string language, int version, string reviewer, CancellationToken ct) =>
        MoveAsync(slug, language, version, [KbRevisionStatuses.Review], ct, async revision =>
        {
            if (revision.Author == reviewer)
                return Problem.Conflict("kb.review.own", "An article is published by someone other than its author.", ("author", revision.Author));
            var now = clock.GetUtcNow();
            await db.KbRevisions.Where(r => r.Slug == slug && r.Language == language && r.Status == KbRevisionStatuses.Published)
                .ExecuteUpdateAsync(u => u.SetProperty(r => r.Status, KbRevisionStatuses.Superseded), ct);
            (revision.Status, revision.ReviewedBy, revision.PublishedAt) = (KbRevisionStatuses.Published, reviewer, now);
            var article = await db.KbArticles.SingleOrDefaultAsync(a => a.Slug == slug && a.Language == language, ct);
            if (article is null)
                db.KbArticles.Add(article = new KbArticleEntity { Id = Guid.CreateVersion7(), Slug = slug, Language = language, Title = "", Summary = "", Body = "", Category = "" });
            (article.Title, article.Summary, article.Body, article.Category, article.Tags, article.Version, article.UpdatedAt) =
                (revision.Title, revision.Summary, revision.Body, revision.Category, [.. revision.Tags], revision.Version, now);
            article.Indexed();
            audit.Add("kb.publish", "kb-article", $"{slug}/{language}", revision.Title, after: new { version });
            return null;
        });

    /// <summary>A new draft with the words of <paramref name="version"/>, to bring an earlier text back.</summary>
    public async Task<IResult> RestoreAsync(string slug, string language, int version, string author, CancellationToken ct)
    {
        if (await db.KbRevisions.AsNoTracking().SingleOrDefaultAsync(r => r.Slug == slug && r.Language == language && r.Version == version, ct) is not { } old)
            return Problem.NotFound($"Version {version} of {slug} ({language})");
        return await SaveDraftAsync(slug, language, new KbRevisionInput(old.Title, old.Summary, old.Body, old.Category, old.Tags), author, ct);
    }

    private Task<KbRevisionEntity?> OpenAsync(string slug, string language, CancellationToken ct) =>
        db.KbRevisions.SingleOrDefaultAsync(r => r.Slug == slug && r.Language == language && KbRevisionStatuses.Open.Contains(r.Status), ct);

    private async Task<IResult> MoveAsync(string slug, string language, int version, string[] from, CancellationToken ct, Func<KbRevisionEntity, Task<IResult?>> move)
    {
        if (await db.KbRevisions.SingleOrDefaultAsync(r => r.Slug == slug && r.Language == language && r.Version == version, ct) is not { } revision)
            return Problem.NotFound($"Version {version} of {slug} ({language})");
        if (!from.Contains(revision.Status))
            return Problem.Conflict("kb.revision.status", $"Version {version} is {revision.Status}; this step needs it {string.Join(" or ", from)}.",
                ("version", version), ("status", revision.Status));
        await using var transaction = await session.BeginAsync(ct);
        if (await move(revision) is { } refusal) return refusal;
        revision.UpdatedAt = clock.GetUtcNow();
        await session.FlushAsync(ct);
        await transaction.CommitAsync(ct);
        return Results.Ok(KbRevisionView.From(revision));
    }
}
