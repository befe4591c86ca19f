using Workflows.Server.Identity.SignIn;

namespace Workflows.Desk.Floor;

/// <summary>Signing out, deactivation or new roles set the agent offline: nobody routes work to a person who left.</summary>
public sealed class OfflineWhenSessionsEnd(AgentPresence presence) : ISessionParticipant
{
    public async Task SessionsEndedAsync(string userName, CancellationToken cancellationToken) =>
        await presence.SetAsync(userName, PresenceStatuses.Offline, cancellationToken);
}
