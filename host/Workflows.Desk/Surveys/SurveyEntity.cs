namespace Workflows.Desk.Surveys;

/// <summary>One satisfaction survey sent for a case; its link works once, until it expires.</summary>
public sealed class SurveyEntity
{
    public Guid Id { get; set; }
    public Guid CaseId { get; set; }
    public DateTimeOffset SentAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? AnsweredAt { get; set; }
    public int? Score { get; set; }
    public string? Comment { get; set; }
}
