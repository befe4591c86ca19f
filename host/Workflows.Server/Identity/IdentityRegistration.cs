using Workflows.Server.Identity.Teams;
using Workflows.Server.Identity.Users;

namespace Workflows.Server.Identity;

/// <summary>How the server and each module declare the roles, teams and demo users they bring.</summary>
public static class IdentityRegistration
{
    public static IServiceCollection AddRole(this IServiceCollection services, string key, string name) => services.AddSingleton(new KnownRole(key, name));

    public static IServiceCollection AddShippedTeam(this IServiceCollection services, string key, string name) => services.AddSingleton(new ShippedTeam(key, name));

    /// <summary>A user made on the embedded default (and where <c>Workflows:SeedDemoUsers</c> is true), password "demo".</summary>
    public static IServiceCollection AddDemoUser(this IServiceCollection services, string userName, string displayName, string[] roles, params string[] teams) =>
        services.AddSingleton(new DemoUser(userName, displayName, roles, teams));

    public static IServiceCollection AddServerIdentity(this IServiceCollection services) => services
        .AddRole(Roles.Admin, "Administrator / 系统管理员")
        .AddRole(Roles.Designer, "Process designer / 流程设计师")
        .AddRole(Roles.Manager, "Manager / 主管")
        .AddRole(Roles.Agent, "Agent / 客服")
        .AddDemoUser("admin", "Administrator / 系统管理员", [Roles.Admin])
        .AddDemoUser("designer", "Process designer / 流程设计师", [Roles.Designer])
        .AddDemoUser("manager", "Support manager / 客服主管", [Roles.Manager]);
}
