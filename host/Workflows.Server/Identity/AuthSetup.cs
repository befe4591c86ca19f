using Hangfire.Dashboard;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Workflows.Server.Database.Signals;
using Workflows.Server.Identity.Audit;
using Workflows.Server.Identity.Passwords;
using Workflows.Server.Identity.SignIn;
using Workflows.Server.Identity.Sso;
using Workflows.Server.Identity.Tokens;

namespace Workflows.Server.Identity;

public static class AuthSetup
{
    /// <summary>The scheme every request is authenticated with: an API token when it carries one, else the session cookie.</summary>
    public const string Scheme = "Workflows";

    public static IServiceCollection AddWorkflowsAuth(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHttpContextAccessor();
        services.Configure<PasswordOptions>(configuration.GetSection("Workflows:Passwords"));
        services.AddSingleton<PasswordHashing>().AddSingleton<PasswordRules>();
        services.AddSingleton<SessionCache>().AddDatabaseSignal(SessionChanges.Channel).AddHostedService<SessionChangeListener>();
        services.AddScoped<SessionUsers>().AddScoped<AuditLog>().AddScoped<PasswordSignIn>();
        var authentication = services.AddAuthentication(Scheme)
            .AddPolicyScheme(Scheme, Scheme, o => o.ForwardDefaultSelector = c =>
                c.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? ApiTokenAuthentication.SchemeName : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthentication>(ApiTokenAuthentication.SchemeName, null)
            .AddCookie(o =>
            {
                o.Cookie.Name = "workflows";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.SlidingExpiration = true;
                o.Events.OnValidatePrincipal = SessionValidation.ValidateAsync;
                // An API answers 401/403; it does not redirect to a login page.
                o.Events.OnRedirectToLogin = c => { c.Response.StatusCode = StatusCodes.Status401Unauthorized; return Task.CompletedTask; };
                o.Events.OnRedirectToAccessDenied = c => { c.Response.StatusCode = StatusCodes.Status403Forbidden; return Task.CompletedTask; };
            });
        authentication.AddCompanySignIn(services, configuration);
        services.AddAuthorizationBuilder().SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return services;
    }

    /// <summary>The Hangfire dashboard is for admins only.</summary>
    public sealed class AdminDashboardFilter : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) => context.GetHttpContext().User.IsInRole(Roles.Admin);
    }
}
