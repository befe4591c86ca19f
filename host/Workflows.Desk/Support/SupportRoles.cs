using Workflows.Server.Identity;

namespace Workflows.Desk.Support;

/// <summary>The desk's own role, and who counts as support staff.</summary>
public static class SupportRoles
{
    /// <summary>Works the risk team's cases: alerts, freezes.</summary>
    public const string RiskAnalyst = "risk-analyst";

    /// <summary>Everyone who works cases and customers.</summary>
    public static readonly string[] Staff = [Roles.Agent, RiskAnalyst, Roles.Manager, Roles.Admin];
}
