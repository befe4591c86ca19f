namespace Workflows.Server.Identity.Teams;

/// <summary>A team with its members.</summary>
public sealed record TeamView(Guid Id, string Key, string Name, string? Description, string? ExternalId, TeamMemberView[] Members,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

public sealed record TeamMemberView(Guid UserId, string UserName, string DisplayName, bool Lead, bool Active);

/// <summary>A team as the admin API and SCIM describe it; null fields stay as they are on a change.</summary>
public sealed record TeamInput(string? Key = null, string? Name = null, string? Description = null, string? ExternalId = null, TeamMemberInput[]? Members = null);

/// <summary>A member by user id (SCIM) or user name (admin API).</summary>
public sealed record TeamMemberInput(Guid? UserId = null, string? UserName = null, bool Lead = false);
