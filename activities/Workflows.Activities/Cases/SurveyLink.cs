namespace Workflows.Activities.Cases;

public sealed record SurveyLink(Guid SurveyId, string Url, DateTimeOffset ExpiresAt);
