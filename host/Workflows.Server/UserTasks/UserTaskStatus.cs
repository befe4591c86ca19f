namespace Workflows.Server.UserTasks;

/// <summary>Where a user task is in its life: open until completed, or cancelled by the flow.</summary>
public static class UserTaskStatus
{
    public const string Open = "open";
    public const string Completed = "completed";
    public const string Cancelled = "cancelled";
}
