namespace Workflows.Desk.Knowledge;

/// <summary>
/// One starter article in both languages. The body is the summary followed by the details, so what a customer is
/// sent (the bot answers with the body) reads whole, and the search finds the words people use for the problem.
/// </summary>
internal sealed record KnowledgeSeed(string Slug, string Category, string[] Tags, string ZhTitle, string ZhSummary, string EnTitle, string EnSummary,
    string? ZhDetails = null, string? EnDetails = null)
{
    public IEnumerable<KbArticleEntity> Articles(DateTimeOffset now)
    {
        yield return Article("zh-CN", ZhTitle, ZhSummary, ZhDetails, now);
        yield return Article("en", EnTitle, EnSummary, EnDetails, now);
    }

    private KbArticleEntity Article(string language, string title, string summary, string? details, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(), Slug = Slug, Language = language, Title = title, Summary = summary,
        Body = details is null ? summary : $"{summary}\n\n{details}", Category = Category, Tags = [.. Tags], UpdatedAt = now,
    };
}
