using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Workflows.Engine.Activities;
using Workflows.Engine.Parsing;
using Workflows.Host.Auth;
using Workflows.Host.Database;
using Workflows.Host.Problems;

namespace Workflows.Host.Definitions;

public static class DefinitionEndpoints
{
    public sealed record DefinitionSummary(string Key, string? Name, int LatestVersion, DateTimeOffset PublishedAt, string? PublishedBy);
    public sealed record DefinitionVersion(Guid Id, string Key, int Version, string? Name, string Checksum, DateTimeOffset PublishedAt, string? PublishedBy);

    public static void MapDefinitionEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/definitions").WithTags("Definitions");
        group.MapPost("/", PublishAsync).RequireAuthorization(p => p.RequireRole(Roles.Designer, Roles.Admin))
            .Accepts<string>("application/xml", "text/xml", "text/plain");
        group.MapGet("/", async (WorkflowsDbContext db) => (await db.Definitions.AsNoTracking().ToListAsync())
            .GroupBy(d => d.Key).Select(g => g.MaxBy(d => d.Version)!)
            .Select(d => new DefinitionSummary(d.Key, d.Name, d.Version, d.PublishedAt, d.PublishedBy)).OrderBy(d => d.Key).ToList());
        group.MapGet("/{key}", async (string key, WorkflowsDbContext db) =>
        {
            var versions = await db.Definitions.AsNoTracking().Where(d => d.Key == key).OrderByDescending(d => d.Version).ToListAsync();
            return versions.Count == 0 ? Problem.NotFound($"Definition '{key}'") : Results.Ok(versions.Select(ToVersion));
        });
        group.MapGet("/{key}/versions/{version:int}/xml", async (string key, int version, WorkflowsDbContext db) =>
            await db.Definitions.AsNoTracking().SingleOrDefaultAsync(d => d.Key == key && d.Version == version) is { } d
                ? Results.Text(d.Xml, "application/xml", Encoding.UTF8)
                : Problem.NotFound($"Version {version} of '{key}'"));
    }

    private static DefinitionVersion ToVersion(DefinitionEntity d) => new(d.Id, d.Key, d.Version, d.Name, d.Checksum, d.PublishedAt, d.PublishedBy);

    private static async Task<IResult> PublishAsync(HttpRequest request, WorkflowsDbContext db, ActivityCatalog activities, ClaimsPrincipal user, TimeProvider clock)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var xml = await reader.ReadToEndAsync();
        if (string.IsNullOrWhiteSpace(xml)) return Problem.Field("body", "Send the BPMN 2.0 XML of the diagram as the request body.");
        var parsed = new BpmnParser().Parse(xml);
        var problems = parsed.Definition is null ? parsed.Problems : activities.Check(parsed.Definition);
        if (problems.Count > 0) return Problem.Invalid("The diagram cannot be published.", problems);

        var definition = parsed.Definition!;
        var checksum = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(xml)));
        var latest = await db.Definitions.Where(d => d.Key == definition.Key).OrderByDescending(d => d.Version).FirstOrDefaultAsync();
        if (latest?.Checksum == checksum) return Results.Ok(ToVersion(latest));
        var entity = new DefinitionEntity
        {
            Id = Guid.CreateVersion7(), Key = definition.Key, Version = (latest?.Version ?? 0) + 1, Name = definition.Name,
            Xml = xml, Checksum = checksum, PublishedAt = clock.GetUtcNow(), PublishedBy = user.Identity?.Name,
        };
        db.Definitions.Add(entity);
        await db.SaveChangesAsync();
        return Results.Created($"/api/definitions/{entity.Key}/versions/{entity.Version}/xml", ToVersion(entity));
    }
}
