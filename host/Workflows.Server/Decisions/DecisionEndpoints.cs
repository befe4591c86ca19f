using System.Security.Claims;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Workflows.Server.Database;
using Workflows.Server.Identity;
using Workflows.Server.Problems;

namespace Workflows.Server.Decisions;

/// <summary>
/// DMN decisions beside processes: <c>POST /api/decisions</c> takes a .dmn file (designers, admins) and publishes each
/// decision in it as a version of its key; the reads list them; <see cref="DecisionEvaluateEndpoint"/> evaluates.
/// </summary>
public static class DecisionEndpoints
{
    public sealed record DecisionSummary(string Key, string? Name, string Kind, int LatestVersion, DateTimeOffset PublishedAt, string? PublishedBy);
    public sealed record DecisionVersion(Guid Id, string Key, int Version, string? Name, string Kind, string Checksum, DateTimeOffset PublishedAt, string? PublishedBy);

    public static void MapDecisionEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/decisions").WithTags("Decisions");
        group.MapPost("/", PublishAsync).RequireAuthorization(p => p.RequireRole(Roles.Designer, Roles.Admin))
            .Accepts<string>("application/xml", "text/xml", "text/plain")
            .Produces<List<DecisionVersion>>(StatusCodes.Status201Created).Produces<List<DecisionVersion>>()
            .WithDescription("Publishes every decision of a DMN 1.1–1.3 file as the next version of its key (the decision's id); a file with any problem publishes nothing (400 lists each problem).");
        group.MapGet("/", async (ServerDbContext db) => (await db.Decisions.AsNoTracking()
                .Select(d => new { d.Key, d.Name, d.Kind, d.Version, d.PublishedAt, d.PublishedBy }).ToListAsync())
            .GroupBy(d => d.Key).Select(g => g.MaxBy(d => d.Version)!)
            .Select(d => new DecisionSummary(d.Key, d.Name, d.Kind, d.Version, d.PublishedAt, d.PublishedBy)).OrderBy(d => d.Key, StringComparer.Ordinal).ToList());
        group.MapGet("/{key}", async (string key, ServerDbContext db) =>
        {
            var versions = await db.Decisions.AsNoTracking().Where(d => d.Key == key).OrderByDescending(d => d.Version).ToListAsync();
            return versions.Count == 0 ? Problem.NotFound(NotFoundKind.Decision, key) : Results.Ok(versions.Select(ToVersion).ToList());
        }).Produces<List<DecisionVersion>>();
        group.MapGet("/{key}/versions/{version:int}/xml", async (string key, int version, ServerDbContext db) =>
            await db.Decisions.AsNoTracking().SingleOrDefaultAsync(d => d.Key == key && d.Version == version) is { } d
                ? Results.Text(d.Xml, "application/xml", Encoding.UTF8)
                : Problem.NotFound($"Version {version} of decision '{key}'"));
        group.MapDecisionEvaluate();
    }

    public static DecisionVersion ToVersion(DecisionEntity d) => new(d.Id, d.Key, d.Version, d.Name, d.Kind, d.Checksum, d.PublishedAt, d.PublishedBy);

    private static async Task<IResult> PublishAsync(HttpRequest request, DecisionPublisher publisher, ClaimsPrincipal user)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var xml = await reader.ReadToEndAsync();
        if (string.IsNullOrWhiteSpace(xml)) return Problem.Field("body", "Send the DMN XML of the decisions as the request body.");
        var outcome = await publisher.PublishAsync(xml, user.Identity?.Name, CancellationToken.None);
        if (outcome.Problems.Count > 0)
            return Problem.Invalid($"The decisions cannot be published: {outcome.Problems[0].Message}", outcome.Problems, "decisions.invalid");
        var versions = outcome.Decisions.Select(ToVersion).ToList();
        return outcome.Created ? Results.Created($"/api/decisions/{versions[0].Key}", versions) : Results.Ok(versions);
    }
}
