namespace Workflows.Desk.Cases;

public static class CaseStatuses
{
    public const string New = "new";
    public const string Open = "open";
    public const string WaitingForCustomer = "waiting-customer";
    public const string Resolved = "resolved";
    public const string Reopened = "reopened";
    public const string Closed = "closed";

    public static readonly IReadOnlyList<string> All = [New, Open, WaitingForCustomer, Resolved, Reopened, Closed];
}
