namespace Workflows.Desk.Knowledge;

/// <summary>A knowledge-base article in one language; the same slug in zh-CN and en is the same article.</summary>
public sealed class KbArticleEntity
{
    public Guid Id { get; set; }
    public required string Slug { get; set; }
    public required string Language { get; set; }
    public required string Title { get; set; }
    public required string Summary { get; set; }
    public required string Body { get; set; }
    public required string Category { get; set; }
    public List<string> Tags { get; set; } = [];
    public DateTimeOffset UpdatedAt { get; set; }
}
