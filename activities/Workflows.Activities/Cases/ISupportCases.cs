namespace Workflows.Activities.Cases;

/// <summary>
/// The support desk's records as the activities need them. The host implements it on the step's own
/// database transaction, so what an activity records commits or rolls back with the step.
/// </summary>
public interface ISupportCases
{
    Task<CaseFile?> FindAsync(Guid caseId, CancellationToken cancellationToken);

    /// <summary>Puts a message to the customer on the case's timeline and in the outbox (sent after commit).</summary>
    Task SendAsync(CustomerMessage message, CancellationToken cancellationToken);

    /// <summary>Freezes the case's accounts that are not frozen yet; returns the account numbers it froze now.</summary>
    Task<IReadOnlyList<string>> FreezeAccountsAsync(Guid caseId, string frozenBy, string reason, CancellationToken cancellationToken);

    Task UpdateAsync(Guid caseId, CaseUpdate update, CancellationToken cancellationToken);

    /// <summary>Knowledge-base articles for a category (and cause, when one is given), in the language asked for first.</summary>
    Task<IReadOnlyList<ArticleRef>> FindArticlesAsync(string category, string? cause, string language, int max, CancellationToken cancellationToken);

    /// <summary>Opens a survey for the case and returns its signed, single-use link.</summary>
    Task<SurveyLink> OpenSurveyAsync(Guid caseId, DateTimeOffset expiresAt, CancellationToken cancellationToken);
}
