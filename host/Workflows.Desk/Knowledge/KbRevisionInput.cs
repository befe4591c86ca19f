namespace Workflows.Desk.Knowledge;

/// <summary>The body that writes a draft: the article's words in one language, its category and tags.</summary>
public sealed record KbRevisionInput(string? Title, string? Summary, string? Body, string? Category, List<string>? Tags);
