namespace Workflows.Desk.Knowledge;

/// <summary>
/// One version of an article in one language, numbered from 1. Agents read the published one (copied into
/// <see cref="KbArticleEntity"/> for the search); at most one draft or review is open per article at a time.
/// </summary>
public sealed class KbRevisionEntity
{
    public Guid Id { get; set; }
    public required string Slug { get; set; }
    public required string Language { get; set; }
    public int Version { get; set; }
    public required string Title { get; set; }
    public required string Summary { get; set; }
    public required string Body { get; set; }
    public required string Category { get; set; }
    public List<string> Tags { get; set; } = [];
    public string Status { get; set; } = KbRevisionStatuses.Draft;
    public required string Author { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string? ReviewedBy { get; set; }
    public string? ReviewComment { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
}
