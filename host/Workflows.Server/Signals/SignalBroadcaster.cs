using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Workflows.Engine.Interpreting;
using Workflows.Engine.Runtime;
using Workflows.Server.Database;
using Workflows.Server.Persistence;

namespace Workflows.Server.Signals;

/// <summary>
/// A signal reaches everyone: every instance waiting for its name at that moment (catch events, boundary events, event
/// gateways), each in a step of its own, and a new instance of every process whose latest version starts by it. Unlike
/// a message, a signal nobody waits for is no error. A receiver whose step fails keeps waiting; the others go on.
/// </summary>
public sealed class SignalBroadcaster(ServerDbContext db, IServiceScopeFactory scopes, ILogger<SignalBroadcaster> log)
{
    public sealed record Broadcast(IReadOnlyList<Guid> Reached, IReadOnlyList<Guid> Started, IReadOnlyList<StepError> Failed);

    public async Task<Broadcast> SendAsync(string name, IReadOnlyDictionary<string, JsonElement>? variables, string? actor, CancellationToken ct)
    {
        // Who waits now: a receiver that waits again for the same signal after this delivery is not reached twice.
        var waiting = await db.Subscriptions.AsNoTracking().Where(s => s.Signal && s.MessageName == name)
            .OrderBy(s => s.CreatedAt).Select(s => new { s.InstanceId, s.LocalId }).ToListAsync(ct);
        var (reached, started, failed) = (new List<Guid>(), new List<Guid>(), new List<StepError>());
        foreach (var subscription in waiting)
        {
            await using var scope = scopes.CreateAsyncScope();
            var outcome = await scope.ServiceProvider.GetRequiredService<WorkflowRuntime>().ApplyAsync(
                subscription.InstanceId, new ReceiveMessage(subscription.LocalId, variables), actor, null, ct);
            Record(outcome, reached, failed, name);
        }
        foreach (var definitionId in await StartersAsync(name, ct))
        {
            await using var scope = scopes.CreateAsyncScope();
            var outcome = await scope.ServiceProvider.GetRequiredService<WorkflowRuntime>().StartAsync(definitionId, new StartInstance(variables, null, null, name), actor, ct);
            Record(outcome, started, failed, name);
        }
        return new Broadcast(reached, started, failed);
    }

    /// <summary>The latest version of every process with a signal start event of this name.</summary>
    private async Task<List<Guid>> StartersAsync(string name, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var cache = scope.ServiceProvider.GetRequiredService<DefinitionCache>();
        var latest = (await db.Definitions.AsNoTracking().ToListAsync(ct)).GroupBy(d => d.Key).Select(g => g.MaxBy(d => d.Version)!);
        return [.. latest.Where(d => MessageCorrelation.SignalStartFor(cache.Get(d), name) is not null).Select(d => d.Id)];
    }

    private void Record(RuntimeOutcome outcome, List<Guid> done, List<StepError> failed, string name)
    {
        if (outcome.Outcome == StepOutcome.Ok) done.Add(outcome.InstanceId);
        else if (outcome.Outcome == StepOutcome.Failed)
        {
            failed.Add(outcome.Error!);
            log.LogWarning("Signal '{Signal}' could not be delivered to instance {Instance}: {Error}", name, outcome.InstanceId, outcome.Error!.Message);
        }
    }
}
