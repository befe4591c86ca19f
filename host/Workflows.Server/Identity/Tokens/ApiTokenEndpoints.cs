using Microsoft.EntityFrameworkCore;
using Workflows.Server.Database;
using Workflows.Server.Identity.Audit;
using Workflows.Server.Problems;

namespace Workflows.Server.Identity.Tokens;

/// <summary>
/// <c>/api/admin/tokens</c>: an admin makes a named token with scopes and sees its secret once; the list shows names,
/// scopes, the secret's first characters and when each was last used; DELETE revokes.
/// </summary>
public static class ApiTokenEndpoints
{
    public sealed record CreateApiTokenRequest(string? Name, string[]? Scopes);
    public sealed record CreatedApiToken(Guid Id, string Name, string[] Scopes, string Token);
    public sealed record ApiTokenView(Guid Id, string Name, string[] Scopes, string Prefix, string CreatedBy, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt,
        DateTimeOffset? RevokedAt);

    /// <summary>Scopes that are not roles.</summary>
    public const string ScimScope = "scim";

    public static void MapApiTokenEndpoints(this RouteGroupBuilder admin)
    {
        admin.MapGet("/tokens", async (ServerDbContext db, CancellationToken ct) => await db.ApiTokens.AsNoTracking().Where(t => !t.Scopes.Contains(SetupScope))
            .OrderByDescending(t => t.CreatedAt)
            .Select(t => new ApiTokenView(t.Id, t.Name, t.Scopes, t.Prefix, t.CreatedBy, t.CreatedAt, t.LastUsedAt, t.RevokedAt)).ToListAsync(ct));
        admin.MapPost("/tokens", CreateAsync).Produces<CreatedApiToken>(StatusCodes.Status201Created);
        admin.MapDelete("/tokens/{id:guid}", RevokeAsync).Produces(StatusCodes.Status204NoContent);
    }

    /// <summary>The one-time first-admin setup token is kept beside API tokens, with this scope; it never appears in the list.</summary>
    public const string SetupScope = "setup";

    private static async Task<IResult> CreateAsync(CreateApiTokenRequest request, ServerDbContext db, AuditLog audit, IEnumerable<KnownRole> roles, HttpContext http,
        TimeProvider clock, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Length > 100) return Problem.Field("name", "Name the token (1 to 100 characters), e.g. after the program that uses it.");
        var allowed = roles.Select(r => r.Key).Append(ScimScope).ToHashSet();
        if (request.Scopes is not { Length: > 0 } scopes) return Problem.Field("scopes", $"Give the token at least one scope: {string.Join(", ", allowed)}.");
        if (scopes.FirstOrDefault(s => !allowed.Contains(s)) is { } unknown)
            return Problem.Field(Mistake.Of("scopes.unknown", "scopes", $"There is no scope '{unknown}'; scopes are {string.Join(", ", allowed)}.", ("value", unknown)));
        var secret = ApiTokenSecret.New();
        var token = new ApiTokenEntity
        {
            Id = Guid.CreateVersion7(), Name = request.Name.Trim(), Scopes = scopes.Distinct().ToArray(), SecretHash = ApiTokenSecret.HashOf(secret),
            Prefix = ApiTokenSecret.PrefixOf(secret), CreatedBy = AuditLog.ActorOf(http.User), CreatedAt = clock.GetUtcNow(),
        };
        db.ApiTokens.Add(token);
        audit.Add("token.created", "token", token.Id.ToString(), token.Name, after: new { token.Name, token.Scopes, token.Prefix });
        await db.SaveChangesAsync(ct);
        return Results.Created($"/api/admin/tokens/{token.Id}", new CreatedApiToken(token.Id, token.Name, token.Scopes, secret));
    }

    private static async Task<IResult> RevokeAsync(Guid id, ServerDbContext db, AuditLog audit, TimeProvider clock, CancellationToken ct)
    {
        var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.Id == id && !t.Scopes.Contains(SetupScope), ct);
        if (token is null) return Problem.NotFound(NotFoundKind.Token, id);
        if (token.RevokedAt is null)
        {
            token.RevokedAt = clock.GetUtcNow();
            audit.Add("token.revoked", "token", token.Id.ToString(), token.Name, before: new { token.Name, token.Scopes, token.Prefix });
            await db.SaveChangesAsync(ct);
        }
        return Results.NoContent();
    }
}
