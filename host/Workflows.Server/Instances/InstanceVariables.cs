using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Workflows.Engine.Interpreting;
using Workflows.Engine.Runtime;
using Workflows.Server.Database;
using Workflows.Server.Identity;
using Workflows.Server.Problems;

namespace Workflows.Server.Instances;

/// <summary>
/// <c>POST /api/instances/{id}/variables</c>: sets variables on a running instance in a step of its own, so what waits
/// on them (conditional events) looks again. Managers and admins may; so may whoever holds one of the instance's open tasks.
/// </summary>
public static class InstanceVariables
{
    public sealed record SetVariablesRequest(Dictionary<string, JsonElement>? Variables);

    public static void MapInstanceVariables(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/variables", SetAsync).Produces<InstanceEndpoints.InstanceOutcome>();

    private static async Task<IResult> SetAsync(Guid id, SetVariablesRequest request, ServerDbContext db, WorkflowRuntime runtime, ClaimsPrincipal user,
        CancellationToken ct)
    {
        if (request.Variables is not { Count: > 0 } variables) return Problem.Field("variables", "Give at least one variable to set, as {\"variables\": {\"name\": value}}.");
        if (!await db.Instances.AsNoTracking().AnyAsync(i => i.Id == id, ct)) return Problem.NotFound(NotFoundKind.Instance, id);
        var name = user.Identity?.Name;
        var holds = await db.UserTasks.AsNoTracking().AnyAsync(t => t.InstanceId == id && t.EndedAt == null && t.Assignee == name, ct);
        if (!user.IsInRole(Roles.Manager) && !user.IsInRole(Roles.Admin) && !holds) return Results.Forbid();
        var outcome = await runtime.ApplyAsync(id, new SetVariables(variables), name, null, ct);
        return outcome.Outcome switch
        {
            StepOutcome.Stale => Problem.Conflict("instance.ended", "The instance has ended; its variables can no longer change."),
            StepOutcome.Failed => Problem.Step(outcome.Error!),
            _ => Results.Ok(new InstanceEndpoints.InstanceOutcome(outcome.InstanceId, outcome.Status)),
        };
    }
}
