namespace Workflows.Server.Identity.Users;

/// <summary>
/// A user as the admin API and SCIM describe them. On creation every field may be given; on a change, a null field is
/// left as it was.
/// </summary>
public sealed record UserInput(
    string? UserName = null, string? DisplayName = null, string? Email = null, string[]? Roles = null, string[]? Skills = null,
    string[]? Languages = null, bool? Active = null, string? Password = null, TeamMembership[]? Teams = null, string? ExternalId = null);
