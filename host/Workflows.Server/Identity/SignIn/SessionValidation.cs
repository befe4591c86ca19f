using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Workflows.Server.Identity.SignIn;

/// <summary>
/// Every request with a session cookie is checked against the user as the database has them (through the
/// <see cref="SessionCache"/>, which every host empties of a user the moment a change to them commits): a deactivated
/// user, or one whose stamp changed (new password, other roles), is signed out at once on every host; team
/// memberships are current, so a member removed from a team stops seeing its tasks on their next request.
/// </summary>
public static class SessionValidation
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        if (!Guid.TryParse(principal?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) || principal.FindFirstValue(IdentityClaims.Stamp) is not { } stamp)
        {
            await RejectAsync(context);
            return;
        }
        var services = context.HttpContext.RequestServices;
        var cache = services.GetRequiredService<SessionCache>();
        if (!cache.TryGet(id, out var user))
        {
            var generation = cache.Generation;
            user = await services.GetRequiredService<SessionUsers>().FindAsync(id, context.HttpContext.RequestAborted);
            if (user is not null) cache.Set(user, generation);
        }
        if (user is null || !user.Active || user.SecurityStamp.ToString() != stamp)
        {
            await RejectAsync(context);
            return;
        }
        context.ReplacePrincipal(user.Principal(CookieAuthenticationDefaults.AuthenticationScheme));
    }

    private static async Task RejectAsync(CookieValidatePrincipalContext context)
    {
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }
}
