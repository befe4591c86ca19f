namespace Workflows.Server.Identity.Teams;

/// <summary>A team as the admin API and SCIM describe it; null fields stay as they are on a change.</summary>
public sealed record TeamInput(string? Key = null, string? Name = null, string? Description = null, string? ExternalId = null, TeamMemberInput[]? Members = null);
