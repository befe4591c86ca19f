using Workflows.Server.Identity.SignIn;

namespace Workflows.Server.Identity.Users;

/// <summary>A user as admins see them. Never the password or its hash; only whether there is one.</summary>
public sealed record UserView(
    Guid Id, string UserName, string DisplayName, string? Email, bool Active, string[] Roles, string[] Skills, string[] Languages,
    AuthEndpoints.TeamRef[] Teams, bool HasPassword, bool SignsInWithCompany, DateTimeOffset? LockedUntil, string? ExternalId,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
