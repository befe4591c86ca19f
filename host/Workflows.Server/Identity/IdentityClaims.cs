namespace Workflows.Server.Identity;

/// <summary>Claims beside the standard name, id and role claims.</summary>
public static class IdentityClaims
{
    /// <summary>A team's key: the user is offered the tasks whose candidate groups name it.</summary>
    public const string Team = "team";

    /// <summary>A team's key the user leads.</summary>
    public const string TeamLead = "team_lead";

    public const string DisplayName = "display_name";

    /// <summary>The user's security stamp when the session began; a session whose stamp is stale has ended.</summary>
    public const string Stamp = "stamp";

    /// <summary>A scope of the API token the request carries.</summary>
    public const string Scope = "scope";
}
