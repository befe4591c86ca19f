using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Workflows.Engine.Interpreting;
using Workflows.Server.Identity;
using Workflows.Server.Database;
using Workflows.Server.Problems;
using Workflows.Engine.Runtime;

namespace Workflows.Server.Instances;

public static class InstanceEndpoints
{
    public sealed record StartRequest(string? DefinitionKey, int? Version, string? BusinessKey, Dictionary<string, JsonElement>? Variables);
    public sealed record InstanceSummary(Guid Id, string DefinitionKey, int DefinitionVersion, string? BusinessKey, string Status, DateTimeOffset StartedAt, DateTimeOffset? EndedAt);
    public sealed record PagedList<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize);

    /// <summary>Why an instance is cancelled (required: <see cref="CancelReason"/>).</summary>
    public sealed record CancelRequest(string? Reason);

    /// <summary>Where a command left an instance.</summary>
    public sealed record InstanceOutcome(Guid InstanceId, string Status);

    public static void MapInstanceEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/instances").WithTags("Instances");
        group.MapPost("/", StartAsync).Produces<InstanceDetails>(StatusCodes.Status201Created);
        group.MapGet("/", ListAsync).Produces<PagedList<InstanceSummary>>();
        group.MapGet("/{id:guid}", async (Guid id, ServerDbContext db) =>
            await InstanceDetails.LoadAsync(db, id) is { } details ? Results.Ok(details) : Problem.NotFound(NotFoundKind.Instance, id)).Produces<InstanceDetails>();
        group.MapPost("/{id:guid}/cancel", async (Guid id, CancelRequest? request, WorkflowRuntime runtime, ClaimsPrincipal user) =>
        {
            var (reason, problem) = CancelReason.Check(request?.Reason);
            if (problem is not null) return problem;
            var outcome = await runtime.ApplyAsync(id, new CancelInstance($"Cancelled by {user.Identity!.Name}: {reason}"), user.Identity.Name, null,
                CancellationToken.None);
            return outcome.Error?.Code == "not-found" ? Problem.NotFound(NotFoundKind.Instance, id)
                : outcome.Outcome == StepOutcome.Stale ? Problem.Conflict("instance.ended", "The instance has already ended.")
                : Results.Ok(new InstanceOutcome(outcome.InstanceId, outcome.Status));
        }).RequireAuthorization(p => p.RequireRole(Roles.Manager, Roles.Admin)).Produces<InstanceOutcome>();
        group.MapInstanceVariables();
    }

    private static async Task<IResult> StartAsync(StartRequest request, ServerDbContext db, WorkflowRuntime runtime, ClaimsPrincipal user)
    {
        if (string.IsNullOrWhiteSpace(request.DefinitionKey)) return Problem.Field("definitionKey", "Say which definition to start (its process id).");
        var query = db.Definitions.AsNoTracking().Where(d => d.Key == request.DefinitionKey);
        if (request.Version is { } version) query = query.Where(d => d.Version == version);
        var definition = await query.OrderByDescending(d => d.Version).FirstOrDefaultAsync();
        if (definition is null)
            return Problem.Field(request.Version is null ? "definitionKey" : "version",
                $"No published definition '{request.DefinitionKey}'{(request.Version is null ? "" : $" version {request.Version}")}.", StatusCodes.Status404NotFound);
        var outcome = await runtime.StartAsync(definition.Id, new StartInstance(request.Variables, request.BusinessKey), user.Identity?.Name, CancellationToken.None);
        return outcome.Succeeded
            ? Results.Created($"/api/instances/{outcome.InstanceId}", await InstanceDetails.LoadAsync(db, outcome.InstanceId))
            : Problem.Step(outcome.Error!);
    }

    private static async Task<IResult> ListAsync(ServerDbContext db, string? status, string? definitionKey, string? businessKey, string? waitingAt,
        int page = 1, int pageSize = 50)
    {
        if (page < 1) return Problem.Field("page", "page starts at 1.");
        if (pageSize is < 1 or > 500) return Problem.Field("pageSize", "pageSize must be between 1 and 500.");
        var query = db.Instances.AsNoTracking();
        if (status is not null) query = query.Where(i => i.Status == status);
        if (definitionKey is not null) query = query.Where(i => i.DefinitionKey == definitionKey);
        if (businessKey is not null) query = query.Where(i => i.BusinessKey == businessKey);
        if (waitingAt is not null) query = query.Where(i => db.Tokens.Any(t => t.InstanceId == i.Id && t.NodeId == waitingAt));
        var total = await query.CountAsync();
        var items = await query.OrderByDescending(i => i.StartedAt).Skip((page - 1) * pageSize).Take(pageSize)
            .Select(i => new InstanceSummary(i.Id, i.DefinitionKey, i.DefinitionVersion, i.BusinessKey, i.Status, i.StartedAt, i.EndedAt)).ToListAsync();
        return Results.Ok(new PagedList<InstanceSummary>(items, total, page, pageSize));
    }
}
