namespace Workflows.Desk.Manager.Stuck;

/// <summary>Why a case or instance is on the stuck list; each has its own query in <see cref="StuckQuery"/>.</summary>
public static class StuckReasons
{
    public const string FirstResponseBreached = "first-response-breached";
    public const string ResolutionBreached = "resolution-breached";
    public const string Incident = "incident";
    public const string Unclaimed = "unclaimed";
    public const string Stalled = "stalled";
    public const string CallbackOverdue = "callback-overdue";

    public static readonly IReadOnlyList<string> All = [FirstResponseBreached, ResolutionBreached, Incident, Unclaimed, Stalled, CallbackOverdue];
}
