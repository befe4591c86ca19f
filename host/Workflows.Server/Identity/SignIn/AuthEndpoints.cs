using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;
using Workflows.Server.Identity.Passwords;
using Workflows.Server.Identity.Sso;
using Workflows.Server.Problems;

namespace Workflows.Server.Identity.SignIn;

/// <summary>Sign-in with a password, sign-out, who am I, what sign-in offers, and a user's own password change.</summary>
public static class AuthEndpoints
{
    public sealed record LoginRequest(string? UserName, string? Password);
    public sealed record TeamRef(string Key, string Name, bool Lead);
    /// <summary>The signed-in user; <c>Queues</c> are the teams whose tasks they may open (all teams for managers and admins).</summary>
    public sealed record Me(string UserName, string DisplayName, string[] Roles, TeamRef[] Teams, TeamRef[] Queues);
    public sealed record SignInOptions(string? CompanySignIn, bool SetupRequired);
    public sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword);

    public static void MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/auth").WithTags("Auth");
        group.MapPost("/login", LoginAsync).AllowAnonymous().Produces<Me>();
        group.MapGet("/options", async (IOptions<CompanySignInOptions> sso, FirstAdmin firstAdmin, CancellationToken ct) =>
            new SignInOptions(sso.Value.Enabled ? sso.Value.DisplayName : null, await firstAdmin.IsRequiredAsync(ct))).AllowAnonymous();
        group.MapPost("/logout", async (HttpContext http, IEnumerable<ISessionParticipant> participants, CancellationToken ct) =>
        {
            var signedIn = http.User.Identity?.AuthenticationType == CookieAuthenticationDefaults.AuthenticationScheme ? http.User.Identity.Name : null;
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            if (signedIn is not null) foreach (var participant in participants) await participant.SessionsEndedAsync(signedIn, ct);
            return Results.NoContent();
        }).AllowAnonymous();
        group.MapGet("/me", MeAsync).Produces<Me>();
        group.MapPost("/password", ChangePasswordAsync).Produces(StatusCodes.Status204NoContent);
        group.MapPost("/setup", (FirstAdmin.SetupRequest request, FirstAdmin firstAdmin, HttpContext http, SessionUsers sessions, CancellationToken ct) =>
            firstAdmin.SetUpAsync(request, http, sessions, ct)).AllowAnonymous().Produces<Me>();
        group.MapCompanySignIn();
    }

    /// <summary>A person, from the database as their session's check read it; a token, as its claims say (no teams).</summary>
    private static async Task<IResult> MeAsync(ClaimsPrincipal user, SessionUsers users, SessionCache cache, CancellationToken ct)
    {
        // The session check has just read this person (usually into the cache): take them from there.
        var person = user.Identity?.AuthenticationType == CookieAuthenticationDefaults.AuthenticationScheme
            && Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id)
                ? cache.TryGet(id, out var cached) ? cached : await users.FindAsync(id, ct)
                : null;
        return Results.Ok(person is not null ? await users.MeAsync(person, ct)
            : new Me(user.Identity!.Name!, user.Identity.Name!, user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToArray(), [], []));
    }

    private static async Task<IResult> LoginAsync(LoginRequest request, PasswordSignIn passwords, SessionUsers users, SessionCache cache, HttpContext http,
        CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.UserName)) return Problem.Field("userName", "Enter a user name.");
        if (string.IsNullOrEmpty(request.Password)) return Problem.Field("password", "Enter a password.");
        var outcome = await passwords.CheckAsync(request.UserName, request.Password, ct);
        switch (outcome.Result)
        {
            case SignInResult.LockedOut:
                return Problem.Field(Mistake.Of("signin.locked-out", "userName",
                    $"Too many failed sign-ins: the account is locked until {outcome.LockedUntil:yyyy-MM-dd HH:mm} UTC. Try again then, or ask an administrator to reset the password.",
                    ("until", outcome.LockedUntil)), StatusCodes.Status423Locked);
            case SignInResult.Deactivated:
                return Problem.Field(Mistake.Of("signin.deactivated", "userName", "This account has been deactivated; ask an administrator."), StatusCodes.Status403Forbidden);
            case SignInResult.Wrong:
                return Problem.Field("password", "The user name or password is wrong.", StatusCodes.Status401Unauthorized);
        }
        var generation = cache.Generation;
        var user = (await users.FindAsync(outcome.User!.Id, ct))!;
        cache.Set(user, generation); // the session's first request need not read it again
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, user.Principal(CookieAuthenticationDefaults.AuthenticationScheme));
        return Results.Ok(await users.MeAsync(user, ct));
    }

    private static async Task<IResult> ChangePasswordAsync(ChangePasswordRequest request, ClaimsPrincipal principal, PasswordSignIn passwords, PasswordRules rules,
        Users.UserAdministration users, HttpContext http, CancellationToken ct)
    {
        if (principal.Identity?.AuthenticationType != CookieAuthenticationDefaults.AuthenticationScheme)
            return Problem.Field("currentPassword", "Only a signed-in person changes their own password.", StatusCodes.Status403Forbidden);
        if (string.IsNullOrEmpty(request.CurrentPassword)) return Problem.Field("currentPassword", "Enter your current password.");
        if (rules.Check(request.NewPassword, principal.Identity.Name!, "newPassword") is { } broken) return Problem.Field(broken);
        var outcome = await passwords.CheckAsync(principal.Identity.Name!, request.CurrentPassword, ct);
        if (outcome.Result != SignInResult.SignedIn) return Problem.Field("currentPassword", "The current password is wrong.", StatusCodes.Status400BadRequest);
        var user = await users.SetPasswordAsync(outcome.User!.Id, request.NewPassword!, ct);
        // The new stamp ends every other session; this one goes on under the new stamp.
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, user!.Principal(CookieAuthenticationDefaults.AuthenticationScheme));
        return Results.NoContent();
    }
}
