using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using Workflows.Server.Database;
using Workflows.Server.Identity.Audit;
using Workflows.Server.Identity.Tokens;
using Workflows.Server.Identity.Users;
using Workflows.Server.Problems;

namespace Workflows.Server.Identity.SignIn;

/// <summary>
/// A database with no active administrator has no default password. The first admin comes from configuration
/// (<c>Workflows:FirstAdmin:UserName</c>, <c>:Password</c>, optionally <c>:DisplayName</c>), or else from a one-time setup
/// token the host prints in its log at start: whoever can read the server's log enters it on the web app's first page.
/// </summary>
public sealed class FirstAdmin(ServerDbContext db, UserAdministration users, AuditLog audit, TimeProvider clock)
{
    public sealed record SetupRequest(string? SetupToken, string? UserName, string? DisplayName, string? Password);

    public async Task<bool> IsRequiredAsync(CancellationToken ct) => !await db.Users.AnyAsync(u => u.Active && u.Roles.Contains(Roles.Admin), ct);

    /// <summary>At start: nothing when an admin exists; the configured admin when there is one; else a fresh setup token, logged.</summary>
    public async Task PrepareAsync(IConfiguration configuration, ILogger logger, CancellationToken ct)
    {
        if (!await IsRequiredAsync(ct)) return;
        var section = configuration.GetSection("Workflows:FirstAdmin");
        if (section["UserName"] is { Length: > 0 } userName)
        {
            var created = await users.CreateAsync(new UserInput(userName, section["DisplayName"] ?? "Administrator / 系统管理员", Roles: [Roles.Admin],
                Password: section["Password"] ?? ""), ct);
            if (created.Mistake is { } mistake)
                throw new InvalidOperationException($"Workflows:FirstAdmin is not a usable administrator: {mistake.Field}: {mistake.Message}");
            logger.LogInformation("Created the first administrator {UserName} from Workflows:FirstAdmin.", userName);
            return;
        }
        await db.ApiTokens.Where(t => t.Scopes.Contains(ApiTokenEndpoints.SetupScope) && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, clock.GetUtcNow()), ct);
        var secret = ApiTokenSecret.New();
        db.ApiTokens.Add(new ApiTokenEntity
        {
            Id = Guid.CreateVersion7(), Name = "first administrator setup", Scopes = [ApiTokenEndpoints.SetupScope], SecretHash = ApiTokenSecret.HashOf(secret),
            Prefix = ApiTokenSecret.PrefixOf(secret), CreatedBy = "system", CreatedAt = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(ct);
        logger.LogWarning("There is no administrator yet. Open the web app (it asks for the first administrator) and enter this one-time setup token: {SetupToken}", secret);
    }

    public async Task<IResult> SetUpAsync(SetupRequest request, HttpContext http, SessionUsers sessions, CancellationToken ct)
    {
        if (!await IsRequiredAsync(ct)) return Problem.Conflict("setup.done", "There is already an administrator; sign in instead.");
        var hash = ApiTokenSecret.HashOf(request.SetupToken ?? "");
        var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.SecretHash == hash && t.RevokedAt == null && t.Scopes.Contains(ApiTokenEndpoints.SetupScope), ct);
        if (token is null)
            return Problem.Field(Mistake.Of("setupToken.invalid", "setupToken", "That is not the setup token the host printed in its log at its last start."),
                StatusCodes.Status401Unauthorized);
        var created = await users.CreateAsync(new UserInput(request.UserName, request.DisplayName, Roles: [Roles.Admin], Password: request.Password ?? ""), ct);
        if (created.Failure != AdminFailure.None) return created.ToResult(NotFoundKind.User, "", Results.Ok);
        token.RevokedAt = clock.GetUtcNow();
        audit.Add("setup.completed", "user", created.Value!.Id.ToString(), created.Value.UserName, actor: created.Value.UserName);
        await db.SaveChangesAsync(ct);
        var user = (await sessions.FindAsync(created.Value.Id, ct))!;
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, user.Principal(CookieAuthenticationDefaults.AuthenticationScheme));
        return Results.Ok(await sessions.MeAsync(user, ct));
    }
}
