namespace Workflows.Desk.Knowledge;

/// <summary>An article in one language for its editors: what agents read now, the revision being worked on, and every version.</summary>
public sealed record KbArticleHistory(string Slug, string Language, KbRevisionView? Published, KbRevisionView? Open, IReadOnlyList<KbArticleHistory.VersionLine> Versions)
{
    public sealed record VersionLine(int Version, string Status, string Author, DateTimeOffset UpdatedAt, string? ReviewedBy);
}
