using Workflows.Server.Identity.Tokens;

namespace Workflows.Server.Identity.Scim;

/// <summary>
/// <c>/scim/v2</c>, for directories (Okta, Entra ID, Feishu…) holding an API token with the scope "scim"; anyone else
/// gets 401 in SCIM's error schema. Not in the OpenAPI document: SCIM describes itself (ServiceProviderConfig, Schemas).
/// </summary>
public static class ScimEndpoints
{
    public static void MapScimEndpoints(this IEndpointRouteBuilder app)
    {
        var scim = app.MapGroup("/scim/v2").AllowAnonymous().ExcludeFromDescription().AddEndpointFilter(async (context, next) =>
        {
            var user = context.HttpContext.User;
            return user.Identity?.AuthenticationType == ApiTokenAuthentication.SchemeName && user.HasClaim(IdentityClaims.Scope, ApiTokenEndpoints.ScimScope)
                ? await next(context)
                : ScimResults.Error(StatusCodes.Status401Unauthorized, "Send an API token with the scope \"scim\" as Authorization: Bearer.");
        });
        scim.MapScimDiscovery();
        scim.MapScimUsers();
        scim.MapScimGroups();
    }
}
