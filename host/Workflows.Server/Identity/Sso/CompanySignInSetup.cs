using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Workflows.Server.Identity.Sso;

/// <summary>
/// The OpenID Connect handler, when <c>Workflows:Sso:Authority</c> is set: authorization code with PKCE, the answer by
/// query (so plain SameSite=Lax cookies carry the correlation), and the provider's person mapped onto a user here
/// before the session cookie is written, so the session is an ordinary one, checked on every request like any other.
/// </summary>
public static class CompanySignInSetup
{
    public const string Scheme = "CompanySignIn";

    public static void AddCompanySignIn(this AuthenticationBuilder authentication, IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("Workflows:Sso");
        services.Configure<CompanySignInOptions>(section);
        services.AddScoped<CompanySignIn>();
        var options = section.Get<CompanySignInOptions>() ?? new();
        if (!options.Enabled) return;
        authentication.AddOpenIdConnect(Scheme, o =>
        {
            o.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
            (o.Authority, o.ClientId, o.ClientSecret, o.RequireHttpsMetadata) = (options.Authority, options.ClientId, options.ClientSecret, options.RequireHttpsMetadata);
            (o.ResponseType, o.ResponseMode, o.UsePkce, o.MapInboundClaims, o.SaveTokens) = (OpenIdConnectResponseType.Code, OpenIdConnectResponseMode.Query, true, false, false);
            o.GetClaimsFromUserInfoEndpoint = true;
            o.CallbackPath = "/signin-oidc";
            o.Scope.Clear();
            foreach (var scope in options.Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries)) o.Scope.Add(scope);
            // The user-info answer's arrays become one claim per value, like the ID token's.
            o.ClaimActions.MapJsonKey(options.RoleClaim, options.RoleClaim);
            o.ClaimActions.MapJsonKey(options.TeamClaim, options.TeamClaim);
            o.CorrelationCookie.SameSite = o.NonceCookie.SameSite = SameSiteMode.Lax;
            // Secure when the request is: behind TLS in production, and still working on plain HTTP on this machine.
            o.CorrelationCookie.SecurePolicy = o.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.Events.OnTicketReceived = CompanySignIn.OnTicketReceivedAsync;
            o.Events.OnRemoteFailure = context =>
            {
                context.HandleResponse();
                context.Response.Redirect("/#/signin?sso=" + Uri.EscapeDataString(context.Failure?.Message ?? "failed"));
                return Task.CompletedTask;
            };
        });
    }

    public static void MapCompanySignIn(this RouteGroupBuilder auth) =>
        auth.MapGet("/sso", (HttpContext http, Microsoft.Extensions.Options.IOptions<CompanySignInOptions> options) => options.Value.Enabled
            ? Results.Challenge(new AuthenticationProperties { RedirectUri = "/" }, [Scheme])
            : Workflows.Server.Problems.Problem.NotFound("single sign-on")).AllowAnonymous().ExcludeFromDescription();
}
