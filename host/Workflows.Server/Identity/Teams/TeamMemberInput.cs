namespace Workflows.Server.Identity.Teams;

/// <summary>A member by user id (SCIM) or user name (admin API).</summary>
public sealed record TeamMemberInput(Guid? UserId = null, string? UserName = null, bool Lead = false);
