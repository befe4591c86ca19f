namespace Workflows.Server.Identity.Users;

/// <summary>A user made on the embedded default (and where <c>Workflows:SeedDemoUsers</c> is true), with the password "demo".</summary>
public sealed record DemoUser(string UserName, string DisplayName, string[] Roles, string[] Teams);
