using Workflows.Server.Identity.Users;

namespace Workflows.Server.Identity.SignIn;

/// <summary>A password sign-in's result, the user it was for (if any), and until when the account is locked.</summary>
public sealed record SignInOutcome(SignInResult Result, UserEntity? User, DateTimeOffset? LockedUntil = null);
