namespace Workflows.Desk.Bot;

/// <summary>A published article the bot found for a question, with PostgreSQL's rank of it (higher is better).</summary>
public sealed record BotArticle(string Slug, string Language, string Title, string Summary, string Body, double Rank);
