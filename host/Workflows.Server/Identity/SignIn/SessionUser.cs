using System.Security.Claims;

namespace Workflows.Server.Identity.SignIn;

/// <summary>A signed-in user as the database says they are now: what every request is authorised against.</summary>
public sealed record SessionUser(Guid Id, string UserName, string DisplayName, bool Active, Guid SecurityStamp, string[] Roles, SessionTeam[] Teams)
{
    /// <summary>The principal a request runs as: name and id, roles, and team memberships as claims.</summary>
    public ClaimsPrincipal Principal(string authenticationType)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, Id.ToString()), new(ClaimTypes.Name, UserName), new(IdentityClaims.DisplayName, DisplayName),
            new(IdentityClaims.Stamp, SecurityStamp.ToString()),
        };
        claims.AddRange(Roles.Select(r => new Claim(ClaimTypes.Role, r)));
        claims.AddRange(Teams.Select(t => new Claim(IdentityClaims.Team, t.Key)));
        claims.AddRange(Teams.Where(t => t.Lead).Select(t => new Claim(IdentityClaims.TeamLead, t.Key)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType));
    }
}
