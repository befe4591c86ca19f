using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Workflows.Server.Database;

namespace Workflows.Server.Identity.Tokens;

/// <summary>
/// <c>Authorization: Bearer wf_…</c>: the token's hash is looked up, a revoked or unknown token fails, and the
/// request runs as "token:{name}" with the token's scopes (a scope naming a role grants that role). The last use is
/// written at most once a minute, so a directory provisioning a thousand users does not rewrite the row each time.
/// </summary>
public sealed class ApiTokenAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    ServerDbContext db, TimeProvider clock, IEnumerable<KnownRole> roles) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return AuthenticateResult.NoResult();
        var hash = ApiTokenSecret.HashOf(header["Bearer ".Length..].Trim());
        var token = await db.ApiTokens.AsNoTracking().Where(t => t.SecretHash == hash && t.RevokedAt == null && !t.Scopes.Contains(ApiTokenEndpoints.SetupScope))
            .Select(t => new { t.Id, t.Name, t.Scopes, t.LastUsedAt }).SingleOrDefaultAsync(Context.RequestAborted);
        if (token is null) return AuthenticateResult.Fail("The API token is unknown or revoked.");
        var now = clock.GetUtcNow();
        if (token.LastUsedAt is null || token.LastUsedAt < now.AddMinutes(-1))
            await db.ApiTokens.Where(t => t.Id == token.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now), Context.RequestAborted);
        var known = roles.Select(r => r.Key).ToHashSet();
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, token.Id.ToString()), new(ClaimTypes.Name, "token:" + token.Name) };
        claims.AddRange(token.Scopes.Select(s => new Claim(IdentityClaims.Scope, s)));
        claims.AddRange(token.Scopes.Where(known.Contains).Select(s => new Claim(ClaimTypes.Role, s)));
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName)), SchemeName));
    }
}
