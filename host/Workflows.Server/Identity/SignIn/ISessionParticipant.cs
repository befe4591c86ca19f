namespace Workflows.Server.Identity.SignIn;

/// <summary>
/// A module told when a person's sessions end: they signed out, were deactivated or deleted, or got other roles. The
/// desk sets them offline. Called after the change is saved.
/// </summary>
public interface ISessionParticipant
{
    Task SessionsEndedAsync(string userName, CancellationToken cancellationToken);
}
