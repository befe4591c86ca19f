namespace Workflows.Server.Identity.SignIn;

/// <summary>A team a signed-in user is in, and whether they lead it.</summary>
public sealed record SessionTeam(string Key, string Name, bool Lead);
