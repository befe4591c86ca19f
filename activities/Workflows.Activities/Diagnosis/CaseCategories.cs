namespace Workflows.Activities.Diagnosis;

/// <summary>The categories the support flow routes on.</summary>
public static class CaseCategories
{
    public const string PaymentFailure = "payment-failure";
    public const string AccountSecurity = "account-security";
    public const string PointsRebates = "points-rebates";
    public const string RefundDispute = "refund-dispute";
    public const string Complaint = "complaint";
    public const string General = "general";

    public static readonly IReadOnlyList<string> All = [PaymentFailure, AccountSecurity, PointsRebates, RefundDispute, Complaint, General];
}
