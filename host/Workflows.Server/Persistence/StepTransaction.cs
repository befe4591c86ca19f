using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Workflows.Engine.Interpreting;
using Workflows.Engine.Runtime;
using Workflows.Server.Database;
using Workflows.Server.Instances;
using Workflows.Server.Steps;
using Workflows.Server.Timers;

namespace Workflows.Server.Persistence;

/// <summary>
/// One step in the scope's transaction. Round trips: the instance row locked (<c>SELECT ... FOR UPDATE</c>, which
/// also carries the BEGIN), then every write of the step and of its participants in one batch, then the commit.
/// Whatever a participant or an activity left tracked in a module's DbContext is saved in the same transaction;
/// new timers go to Hangfire only after the commit.
/// </summary>
internal sealed class StepTransaction(DatabaseSession session, SessionTransaction transaction, ServerDbContext db, DefinitionCache definitions,
    IEnumerable<IStepParticipant> participants, TimerScheduler scheduler, TimeProvider clock, InstanceStateCache states) : IStepTransaction
{
    private InstanceEntity? _instance;
    private InstanceState? _before;
    private InstanceState? _saved;
    private List<TimerEntity> _timers = [];

    public async Task<StoredInstance> CreateAsync(Guid definitionId, Guid instanceId, CancellationToken cancellationToken)
    {
        var (definition, parsed) = await definitions.GetAsync(db, definitionId, cancellationToken);
        _instance = new InstanceEntity
        {
            Id = instanceId, DefinitionId = definition.Id, DefinitionKey = definition.Key, DefinitionVersion = definition.Version,
            Status = "active", State = "{}", Variables = "{}", StartedAt = clock.GetUtcNow(),
        };
        return new StoredInstance(_instance.Id, parsed, InstanceState.New(definition.Key), definition.Id);
    }

    public async Task<StoredInstance?> LockAsync(Guid instanceId, CancellationToken cancellationToken)
    {
        // With the state parsed at this revision in hand, the row's state is not even sent.
        var cached = states.Find(instanceId);
        _instance = await db.Instances.FromSqlRaw(LockSql, instanceId, cached?.Revision ?? -1).AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        if (_instance is null) return null;
        var (_, parsed) = await definitions.GetAsync(db, _instance.DefinitionId, cancellationToken);
        _before = cached is { } hit && hit.Revision == _instance.Revision ? hit.State : InstanceState.FromJson(_instance.State);
        return new StoredInstance(_instance.Id, parsed, _before, _instance.DefinitionId);
    }

    private static readonly string LockSql =
        "SELECT id, definition_id, definition_key, definition_version, business_key, status, variables, started_at, ended_at, revision, " +
        "parent_instance_id, parent_call_id, parent_node_id, " +
        "CASE WHEN revision = {1} THEN '0'::jsonb ELSE state END AS state " +
        $"FROM {ServerTables.Instances} WHERE id = {{0}} FOR UPDATE";

    public async Task SaveAsync(StepChanges changes, CancellationToken cancellationToken)
    {
        var instance = _instance ?? throw new InvalidOperationException("Create or lock the instance before saving its step.");
        var batch = session.Batch;
        _saved = changes.State;
        var writer = new EffectWriter(batch, instance, _before?.Tokens, changes.Now, changes.Actor);
        writer.Write(changes.Definition, changes.State, changes.Cause, changes.Effects);
        _timers = writer.Timers;

        var step = Record(instance, changes, writer);
        foreach (var participant in participants) await participant.OnStepAsync(step, batch, cancellationToken);
        // Rows activities and participants tracked (a case, a message) go first, then the batch: its projections may read them.
        await session.FlushAsync(cancellationToken);
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        var instance = _instance!;
        states.Forget(instance.Id); // until the commit is known to have happened
        await transaction.CommitAsync(cancellationToken);
        if (_saved is not null) states.Remember(instance.Id, _before is null ? 1 : instance.Revision + 1, _saved);
        await scheduler.ScheduleAsync(_timers, cancellationToken);
    }

    public ValueTask DisposeAsync() => transaction.DisposeAsync();

    private StepRecord Record(InstanceEntity instance, StepChanges changes, EffectWriter writer)
    {
        var state = changes.State;
        var wasRunning = _before is null || _before.Status is not (InstanceStatus.Completed or InstanceStatus.Cancelled);
        var ended = wasRunning && state.Status is InstanceStatus.Completed or InstanceStatus.Cancelled;
        return new StepRecord(instance.Id, instance.DefinitionId, instance.DefinitionKey, state.BusinessKey, changes.Cause, changes.Actor, changes.Now,
            writer.OpenedTasks, writer.ClosedTasks, ChangedVariables(_before?.Variables, state.Variables), WorkflowRuntime.StatusOf(state), ended,
            changes.Effects.OfType<InstanceCancelled>().Select(c => c.Reason).FirstOrDefault());
    }

    private static List<string> ChangedVariables(Dictionary<string, JsonElement>? before, Dictionary<string, JsonElement> after) =>
        after.Where(v => before is null || !before.TryGetValue(v.Key, out var old) || !JsonElement.DeepEquals(old, v.Value)).Select(v => v.Key)
            .Concat(before?.Keys.Where(k => !after.ContainsKey(k)) ?? []).ToList();
}
