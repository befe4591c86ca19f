using Workflows.Server.Database;
using Workflows.Server.Database.Signals;

namespace Workflows.Server.Identity.SignIn;

/// <summary>
/// Tells every host that a user's sessions must be read afresh, as a PostgreSQL notification sent in the change's
/// own transaction: it arrives when the change commits, and never for one that rolled back.
/// </summary>
public static class SessionChanges
{
    public const string Channel = "workflows_sessions";

    /// <summary>Queues the notification on the scope's batch; it goes out with the next flush.</summary>
    public static void Notify(DatabaseSession session, Guid? userId) =>
        DatabaseSignals.Send(session.Batch, Channel, userId?.ToString() ?? "*");
}
