namespace Workflows.Server.Identity;

/// <summary>The server's own roles. Roles double as the candidate groups of user tasks; a module adds its own (the desk's agent groups).</summary>
public static class Roles
{
    public const string Designer = "designer";
    public const string Manager = "manager";
    public const string Admin = "admin";
}
