using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Workflows.Engine.Interpreting;
using Workflows.Server.Database;
using Workflows.Server.Instances;
using Workflows.Server.Problems;
using Workflows.Engine.Runtime;
using Workflows.Server.Persistence;

namespace Workflows.Server.Messages;

/// <summary>
/// Message correlation, Camunda 7 style: the waiting subscriptions with that name (and business key or
/// instance), narrowed by correlation keys; none → a message start event, else 404; several → 409 unless all.
/// </summary>
public static class MessageEndpoints
{
    public sealed record CorrelateRequest(string? Name, string? BusinessKey, Guid? InstanceId, Dictionary<string, JsonElement>? Variables,
        Dictionary<string, JsonElement>? CorrelationKeys, bool All = false);
    public sealed record CorrelateResponse(IReadOnlyList<Guid> Instances, bool Started);

    public static void MapMessageEndpoints(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/messages", CorrelateAsync).WithTags("Messages").Produces<CorrelateResponse>();

    private static async Task<IResult> CorrelateAsync(CorrelateRequest request, ServerDbContext db, IServiceScopeFactory scopes, ClaimsPrincipal user)
    {
        if (string.IsNullOrWhiteSpace(request.Name)) return Problem.Field("name", "Say which message this is (its name in the diagram).");
        var query = db.Subscriptions.AsNoTracking().Where(s => s.MessageName == request.Name && !s.Signal);
        if (request.BusinessKey is not null) query = query.Where(s => s.BusinessKey == request.BusinessKey);
        if (request.InstanceId is not null) query = query.Where(s => s.InstanceId == request.InstanceId);
        var candidates = await query.ToListAsync();
        if (request.CorrelationKeys is { Count: > 0 } keys)
        {
            var ids = candidates.Select(c => c.InstanceId).Distinct().ToList();
            var states = await db.Instances.AsNoTracking().Where(i => ids.Contains(i.Id)).Select(i => new { i.Id, i.State }).ToListAsync();
            var matching = MessageCorrelation.Find(states.Select(s => (s.Id, InstanceState.FromJson(s.State))), request.Name, request.BusinessKey, keys)
                .Select(m => (m.Instance, m.SubscriptionId)).ToHashSet();
            candidates = candidates.Where(c => matching.Contains((c.InstanceId, c.LocalId))).ToList();
        }
        if (candidates.Count == 0) return await StartByMessageAsync(request, db, scopes, user);
        if (candidates.Count > 1 && !request.All)
            return Problem.Conflict("message.ambiguous",
                $"Message '{request.Name}' matches {candidates.Count} waiting instances; narrow it with businessKey, instanceId or correlationKeys, or send all=true.",
                ("name", request.Name), ("count", candidates.Count));

        var reached = new List<Guid>();
        foreach (var subscription in candidates)
        {
            await using var scope = scopes.CreateAsyncScope();
            var outcome = await scope.ServiceProvider.GetRequiredService<WorkflowRuntime>().ApplyAsync(
                subscription.InstanceId, new ReceiveMessage(subscription.LocalId, request.Variables), user.Identity?.Name, null, CancellationToken.None);
            if (outcome.Outcome == StepOutcome.Failed) return Problem.Step(outcome.Error!);
            if (outcome.Outcome == StepOutcome.Ok) reached.Add(subscription.InstanceId);
        }
        return reached.Count == 0 ? Problem.NotFound($"An instance waiting for message '{request.Name}'") : Results.Ok(new CorrelateResponse(reached, false));
    }

    private static async Task<IResult> StartByMessageAsync(CorrelateRequest request, ServerDbContext db, IServiceScopeFactory scopes, ClaimsPrincipal user)
    {
        if (request.InstanceId is null)
        {
            await using var scope = scopes.CreateAsyncScope();
            var cache = scope.ServiceProvider.GetRequiredService<DefinitionCache>();
            var latest = (await db.Definitions.AsNoTracking().ToListAsync()).GroupBy(d => d.Key).Select(g => g.MaxBy(d => d.Version)!);
            var starter = latest.FirstOrDefault(d => MessageCorrelation.StartEventFor(cache.Get(d), request.Name!) is not null);
            if (starter is not null)
            {
                var outcome = await scope.ServiceProvider.GetRequiredService<WorkflowRuntime>().StartAsync(starter.Id,
                    new StartInstance(request.Variables, request.BusinessKey, request.Name), user.Identity?.Name, CancellationToken.None);
                return outcome.Succeeded ? Results.Ok(new CorrelateResponse([outcome.InstanceId], true)) : Problem.Step(outcome.Error!);
            }
        }
        return Problem.NotFound($"An instance waiting for message '{request.Name}'");
    }
}
