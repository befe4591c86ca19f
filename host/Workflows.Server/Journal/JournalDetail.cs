namespace Workflows.Server.Journal;

/// <summary>
/// The part of a journal line that is not the engine's own words: the reason someone gave for cancelling, or an
/// incident's error. A client shows it as written beside the step, in whatever language it shows the step itself.
/// </summary>
public static class JournalDetail
{
    /// <summary>How the engine journals a cancellation with a reason (EventDispatcher): the reason follows the colon.</summary>
    private const string CancelledBecause = "The instance was cancelled: ";

    public static string? Of(string kind, string message) => kind switch
    {
        "InstanceCancelled" when message.StartsWith(CancelledBecause, StringComparison.Ordinal) => message[CancelledBecause.Length..],
        "IncidentRaised" => message,
        _ => null,
    };
}
