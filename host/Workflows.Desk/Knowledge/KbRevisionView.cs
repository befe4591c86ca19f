namespace Workflows.Desk.Knowledge;

/// <summary>A revision as the editor shows it.</summary>
public sealed record KbRevisionView(string Slug, string Language, int Version, string Status, string Title, string Summary, string Body,
    string Category, IReadOnlyList<string> Tags, string Author, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, string? ReviewedBy,
    string? ReviewComment, DateTimeOffset? PublishedAt)
{
    public static KbRevisionView From(KbRevisionEntity r) => new(r.Slug, r.Language, r.Version, r.Status, r.Title, r.Summary, r.Body, r.Category, r.Tags,
        r.Author, r.CreatedAt, r.UpdatedAt, r.ReviewedBy, r.ReviewComment, r.PublishedAt);
}
