namespace Workflows.Server.Identity.SignIn;

/// <summary>How a password sign-in ended: each failure has its own answer (401, 423 with the lock's end, 403).</summary>
public enum SignInResult { SignedIn, Wrong, LockedOut, Deactivated }
