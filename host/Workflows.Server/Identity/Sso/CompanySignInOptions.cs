namespace Workflows.Server.Identity.Sso;

/// <summary>
/// <c>Workflows:Sso</c>: single sign-on through the company's OpenID Connect provider, on when <see cref="Authority"/>
/// is set. Roles and teams come from claims: a value that is a role's key (or mapped to one in
/// <see cref="RoleMap"/>) is that role; a value that is a team's key or name is a membership.
/// </summary>
public sealed class CompanySignInOptions
{
    public string? Authority { get; set; }
    public string? ClientId { get; set; }
    public string? ClientSecret { get; set; }

    /// <summary>What the sign-in page's button says: "Sign in with {DisplayName}".</summary>
    public string DisplayName { get; set; } = "company account";

    /// <summary>The scopes asked for, space-separated; add the ones under which the provider releases roles and groups.</summary>
    public string Scopes { get; set; } = "openid profile email";

    public string UserNameClaim { get; set; } = "preferred_username";
    public string RoleClaim { get; set; } = "roles";
    public string TeamClaim { get; set; } = "groups";

    /// <summary>The provider's role names that differ from ours: "SupportAgents" → "agent".</summary>
    public Dictionary<string, string> RoleMap { get; set; } = [];

    /// <summary>Whether someone the provider vouches for but who has no user here yet gets one.</summary>
    public bool CreateUsers { get; set; } = true;

    /// <summary>Off only for a provider on this machine over plain HTTP (tests, a trial).</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    public bool Enabled => !string.IsNullOrEmpty(Authority);
}
