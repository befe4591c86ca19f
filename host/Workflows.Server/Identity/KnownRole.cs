namespace Workflows.Server.Identity;

/// <summary>A role a user can be given; the server registers its own and each module adds what it needs (the desk's risk analyst).</summary>
public sealed record KnownRole(string Key, string Name);
