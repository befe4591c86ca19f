using System.Security.Claims;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Workflows.Server.Identity;
using Workflows.Server.Database;
using Workflows.Server.Problems;

namespace Workflows.Server.Definitions;

public static class DefinitionEndpoints
{
    public sealed record DefinitionSummary(string Key, string? Name, int LatestVersion, DateTimeOffset PublishedAt, string? PublishedBy);
    public sealed record ValidationResult(IReadOnlyList<Workflows.Engine.Parsing.ValidationProblem> Problems);
    public sealed record DefinitionVersion(Guid Id, string Key, int Version, string? Name, string Checksum, DateTimeOffset PublishedAt, string? PublishedBy);

    public static void MapDefinitionEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/definitions").WithTags("Definitions");
        group.MapPost("/", PublishAsync).RequireAuthorization(p => p.RequireRole(Roles.Designer, Roles.Admin))
            .AcceptsPackage()
            .Produces<DefinitionVersion>(StatusCodes.Status201Created).Produces<DefinitionVersion>();
        group.MapPost("/validate", ValidateAsync).RequireAuthorization(p => p.RequireRole(Roles.Designer, Roles.Admin))
            .AcceptsPackage().Produces<ValidationResult>()
            .WithDescription("Checks a diagram with its forms as publishing would and lists every problem; publishes nothing.");
        group.MapGet("/", async (ServerDbContext db) => (await db.Definitions.AsNoTracking().ToListAsync())
            .GroupBy(d => d.Key).Select(g => g.MaxBy(d => d.Version)!)
            .Select(d => new DefinitionSummary(d.Key, d.Name, d.Version, d.PublishedAt, d.PublishedBy)).OrderBy(d => d.Key).ToList());
        group.MapGet("/{key}", async (string key, ServerDbContext db) =>
        {
            var versions = await db.Definitions.AsNoTracking().Where(d => d.Key == key).OrderByDescending(d => d.Version).ToListAsync();
            return versions.Count == 0 ? Problem.NotFound($"Definition '{key}'") : Results.Ok(versions.Select(ToVersion).ToList());
        }).Produces<List<DefinitionVersion>>();
        group.MapGet("/{key}/versions/{version:int}/xml", async (string key, int version, ServerDbContext db) =>
            await db.Definitions.AsNoTracking().SingleOrDefaultAsync(d => d.Key == key && d.Version == version) is { } d
                ? Results.Text(d.Xml, "application/xml", Encoding.UTF8)
                : Problem.NotFound($"Version {version} of '{key}'"));
    }

    /// <summary>Decisions have their own versions per decision id, so a .dmn file goes to their endpoint.</summary>
    private static IResult DmnHere() =>
        Problem.Field(Mistake.Of("body.dmn", "body", "This is a DMN file: publish decisions with POST /api/decisions."));

    private static DefinitionVersion ToVersion(DefinitionEntity d) => new(d.Id, d.Key, d.Version, d.Name, d.Checksum, d.PublishedAt, d.PublishedBy);

    private static async Task<IResult> ValidateAsync(HttpRequest request, DefinitionPublisher publisher, CancellationToken ct)
    {
        var (package, problem) = await PackageReader.ReadAsync(request);
        if (problem is null && Decisions.DmnFiles.IsDmn(package!.Xml)) return DmnHere();
        return problem ?? Results.Ok(new ValidationResult(await publisher.ValidateAsync(package!, ct)));
    }

    private static async Task<IResult> PublishAsync(HttpRequest request, DefinitionPublisher publisher, ClaimsPrincipal user)
    {
        var (package, problem) = await PackageReader.ReadAsync(request);
        if (problem is not null) return problem;
        if (Decisions.DmnFiles.IsDmn(package!.Xml)) return DmnHere();
        var outcome = await publisher.PublishAsync(package!, user.Identity?.Name, CancellationToken.None);
        if (outcome.Problems.Count > 0) return Problem.Invalid("The diagram cannot be published.", outcome.Problems);
        var entity = outcome.Published!;
        return outcome.Created ? Results.Created($"/api/definitions/{entity.Key}/versions/{entity.Version}/xml", ToVersion(entity)) : Results.Ok(ToVersion(entity));
    }
}
