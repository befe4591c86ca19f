namespace Workflows.Desk.Cases;

/// <summary>A case as the API shows it: the contact, its classification, the instance working it, and its SLA record.</summary>
public sealed record CaseView(Guid Id, string Number, Guid CustomerId, Guid? InstanceId, string? IdempotencyKey, string Channel, string Subject,
    string Description, string Category, string? Cause, string Priority, string Status, string? MerchantRef, string? Region,
    IReadOnlyList<string> SuggestedArticles, DateTimeOffset CreatedAt, DateTimeOffset FirstResponseDueAt, DateTimeOffset? FirstRespondedAt,
    DateTimeOffset? SlaWarnedAt, DateTimeOffset? FirstResponseBreachedAt, DateTimeOffset ResolutionDueAt, DateTimeOffset? WaitingSince,
    DateTimeOffset? ResolvedAt, bool? ResolutionBreached, string? Resolution, string? ResolvedBy, bool? FirstContactResolution, int? CsatScore,
    string? CsatComment, DateTimeOffset? ClosedAt, IReadOnlyList<string> Tags)
{
    public static CaseView From(CaseEntity c) => new(c.Id, c.Number, c.CustomerId, c.InstanceId, c.IdempotencyKey, c.Channel, c.Subject, c.Description,
        c.Category, c.Cause, c.Priority, c.Status, c.MerchantRef, c.Region, c.SuggestedArticles, c.CreatedAt, c.FirstResponseDueAt, c.FirstRespondedAt,
        c.SlaWarnedAt, c.FirstResponseBreachedAt, c.ResolutionDueAt, c.WaitingSince, c.ResolvedAt, c.ResolutionBreached, c.Resolution, c.ResolvedBy,
        c.FirstContactResolution, c.CsatScore, c.CsatComment, c.ClosedAt, c.Tags);
}
