using System.Security.Claims;

namespace Workflows.Desk.Routing;

/// <summary>Who the journal names for what the routing does.</summary>
public static class RoutingActor
{
    public const string Name = "routing";

    public static readonly ClaimsPrincipal Principal = new(new ClaimsIdentity([new Claim(ClaimTypes.Name, Name)], Name));
}
