namespace Workflows.Server.Identity.Teams;

/// <summary>A team with its members.</summary>
public sealed record TeamView(Guid Id, string Key, string Name, string? Description, string? ExternalId, TeamMemberView[] Members,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
