using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Workflows.Engine.Interpreting;
using Workflows.Server.Identity;
using Workflows.Server.Database;
using Workflows.Server.Instances;
using Workflows.Server.Problems;
using Workflows.Engine.Runtime;

namespace Workflows.Server.Incidents;

public static class IncidentEndpoints
{
    public sealed record RetryRequest(int? Retries);
    public sealed record IncidentSummary(Guid Id, Guid InstanceId, string DefinitionKey, string? BusinessKey, string NodeId, string Kind, string Message, DateTimeOffset CreatedAt);

    public static void MapIncidentEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/incidents").WithTags("Incidents");
        group.MapGet("/", async (ServerDbContext db, string? definitionKey) =>
            await (from i in db.Incidents.AsNoTracking()
                   join instance in db.Instances.AsNoTracking() on i.InstanceId equals instance.Id
                   where i.ResolvedAt == null && (definitionKey == null || instance.DefinitionKey == definitionKey)
                   orderby i.CreatedAt
                   select new IncidentSummary(i.Id, i.InstanceId, instance.DefinitionKey, instance.BusinessKey, i.NodeId, i.Kind, i.Message, i.CreatedAt))
                .Take(500).ToListAsync()).Produces<List<IncidentSummary>>();
        // Retrying changes a case's course: managers (and admins) only, as cancelling is.
        group.MapPost("/{id:guid}/retry", RetryAsync).RequireAuthorization(p => p.RequireRole(Roles.Manager, Roles.Admin))
            .Produces<InstanceEndpoints.InstanceOutcome>();
    }

    private static async Task<IResult> RetryAsync(Guid id, RetryRequest? request, ServerDbContext db, WorkflowRuntime runtime, ClaimsPrincipal user)
    {
        var retries = request?.Retries ?? 3;
        if (retries is < 1 or > 100) return Problem.Field("retries", "retries must be between 1 and 100.");
        var incident = await db.Incidents.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id);
        if (incident is null) return Problem.NotFound(NotFoundKind.Incident, id);
        if (incident.ResolvedAt is not null) return Problem.Conflict("incident.resolved", "The incident is already resolved.");
        var outcome = await runtime.ApplyAsync(incident.InstanceId, new RetryIncident(incident.LocalId, retries), user.Identity?.Name, null, CancellationToken.None);
        return outcome.Outcome switch
        {
            StepOutcome.Ok => Results.Ok(new InstanceEndpoints.InstanceOutcome(outcome.InstanceId, outcome.Status)),
            StepOutcome.Stale => Problem.Conflict("incident.gone", "The incident no longer exists on the instance."),
            _ => Problem.Step(outcome.Error!),
        };
    }
}
