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

    /// <summary>The published revision's number (0 for an article seeded before revisions existed).</summary>
    public int Version { get; set; }

    /// <summary>Title, summary, body and tags with Chinese cut into words (<see cref="Search.ChineseWords"/>), for the search.</summary>
    public string SearchText { get; set; } = "";

    /// <summary>The database's reading of <see cref="SearchText"/> (english configuration); computed there.</summary>
    public NpgsqlTypes.NpgsqlTsVector? SearchVector { get; set; }

    /// <summary>Sets <see cref="SearchText"/> from the article's words; call after changing them.</summary>
    public KbArticleEntity Indexed()
    {
        SearchText = Search.ChineseWords.Spaced($"{Title} {Summary} {Body} {string.Join(' ', Tags)}");
        return this;
    }
}
