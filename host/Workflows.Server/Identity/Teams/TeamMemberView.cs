namespace Workflows.Server.Identity.Teams;

/// <summary>A member of a team as admins see them.</summary>
public sealed record TeamMemberView(Guid UserId, string UserName, string DisplayName, bool Lead, bool Active);
