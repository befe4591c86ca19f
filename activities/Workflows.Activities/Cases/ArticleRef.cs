namespace Workflows.Activities.Cases;

public sealed record ArticleRef(string Slug, string Language, string Title, string Summary);
