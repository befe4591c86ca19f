namespace Workflows.Server.Identity.Teams;

/// <summary>A team the shipped flows offer tasks to; made on first start (and on any start where it is missing).</summary>
public sealed record ShippedTeam(string Key, string Name);
