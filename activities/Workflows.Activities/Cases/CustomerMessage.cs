namespace Workflows.Activities.Cases;

/// <summary>An outbound message to the case's customer; <see cref="Kind"/> says why (notification, education, survey).</summary>
public sealed record CustomerMessage(Guid CaseId, string Kind, string Subject, string Body);
