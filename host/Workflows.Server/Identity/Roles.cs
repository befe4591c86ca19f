namespace Workflows.Server.Identity;

/// <summary>The server's roles: what a person may do. Which tasks they are offered is their teams' business, not their roles'.</summary>
public static class Roles
{
    public const string Admin = "admin";
    public const string Designer = "designer";
    public const string Manager = "manager";

    /// <summary>Works tasks offered to their teams.</summary>
    public const string Agent = "agent";
}
