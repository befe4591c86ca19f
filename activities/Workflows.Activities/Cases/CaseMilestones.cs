namespace Workflows.Activities.Cases;

/// <summary>The points in a case's life the flow records; each moves the case's status or its SLA record.</summary>
public static class CaseMilestones
{
    public const string FirstResponse = "first-response";
    public const string SlaWarning = "sla-warning";
    public const string FirstResponseBreached = "first-response-breached";
    public const string WaitingForCustomer = "waiting-customer";
    public const string CustomerReplied = "customer-replied";
    public const string Escalated = "escalated";
    public const string Resolved = "resolved";
    public const string SurveyAnswered = "survey-answered";
    public const string SurveyExpired = "survey-expired";
    public const string Reopened = "reopened";
    public const string Closed = "closed";

    public static readonly IReadOnlyList<string> All =
        [FirstResponse, SlaWarning, FirstResponseBreached, WaitingForCustomer, CustomerReplied, Escalated, Resolved, SurveyAnswered, SurveyExpired, Reopened, Closed];
}
