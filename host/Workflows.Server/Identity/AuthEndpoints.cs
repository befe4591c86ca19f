using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Workflows.Server.Database;
using Workflows.Server.Problems;

namespace Workflows.Server.Identity;

public static class AuthEndpoints
{
    public sealed record LoginRequest(string? UserName, string? Password);
    public sealed record Me(string UserName, string DisplayName, string[] Roles);

    public static void MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/auth").WithTags("Auth");
        group.MapPost("/login", LoginAsync).AllowAnonymous().Produces<Me>();
        group.MapPost("/logout", async (HttpContext http) =>
        {
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.NoContent();
        });
        group.MapGet("/me", (ClaimsPrincipal user) => new Me(user.Identity!.Name!, user.FindFirstValue("display_name") ?? user.Identity.Name!,
            user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToArray()));
    }

    private static async Task<IResult> LoginAsync(LoginRequest request, ServerDbContext db, HttpContext http, PasswordHasher<UserEntity> hasher)
    {
        if (string.IsNullOrWhiteSpace(request.UserName)) return Problem.Field("userName", "Enter a user name.");
        if (string.IsNullOrEmpty(request.Password)) return Problem.Field("password", "Enter a password.");
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.UserName == request.UserName);
        if (user is null || hasher.VerifyHashedPassword(user, user.PasswordHash, request.Password) == PasswordVerificationResult.Failed)
            return Problem.Field("password", "The user name or password is wrong.", StatusCodes.Status401Unauthorized);
        var claims = new List<Claim> { new(ClaimTypes.Name, user.UserName), new("display_name", user.DisplayName) };
        claims.AddRange(user.Roles.Select(r => new Claim(ClaimTypes.Role, r)));
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme,
            new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme)));
        return Results.Ok(new Me(user.UserName, user.DisplayName, user.Roles));
    }
}
