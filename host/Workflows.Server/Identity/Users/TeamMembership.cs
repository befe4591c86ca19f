namespace Workflows.Server.Identity.Users;

/// <summary>A team the user belongs to, by key, and whether they lead it.</summary>
public sealed record TeamMembership(string? Key, bool Lead = false);
