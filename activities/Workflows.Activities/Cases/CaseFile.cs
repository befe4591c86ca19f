namespace Workflows.Activities.Cases;

/// <summary>A case as the activities see it: what was asked, on which channel, by whom.</summary>
public sealed record CaseFile(Guid Id, string Number, string Channel, string Category, string Priority, string Status,
    string Subject, string Description, CustomerProfile Customer, IReadOnlyList<string> SuggestedArticles);
