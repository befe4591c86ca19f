namespace Workflows.Activities.Cases;

/// <summary>What an activity records on a case; null members leave the case as it is.</summary>
public sealed record CaseUpdate
{
    public string? Category { get; init; }
    public string? Cause { get; init; }
    public string? Priority { get; init; }
    public IReadOnlyList<string>? SuggestedArticles { get; init; }

    /// <summary>A milestone of <see cref="CaseMilestones"/>: moves the status and stamps its time.</summary>
    public string? Milestone { get; init; }

    public string? Resolution { get; init; }
    public string? ResolvedBy { get; init; }
    public bool? FirstContactResolution { get; init; }
}
