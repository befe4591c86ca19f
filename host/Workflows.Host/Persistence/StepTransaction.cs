using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Workflows.Engine.Interpreting;
using Workflows.Engine.Runtime;
using Workflows.Host.Database;
using Workflows.Host.Instances;
using Workflows.Host.Timers;

namespace Workflows.Host.Persistence;

/// <summary>
/// One step on one EF Core transaction: the instance row is locked with <c>SELECT ... FOR UPDATE</c>, the step's
/// rows are written by <see cref="EffectWriter"/>, and new timers go to Hangfire only after the commit.
/// </summary>
internal sealed class StepTransaction(WorkflowsDbContext db, IDbContextTransaction transaction, DefinitionCache definitions,
    TimerScheduler scheduler, TimeProvider clock) : IStepTransaction
{
    private InstanceEntity? _instance;
    private List<TimerEntity> _timers = [];
    private bool _committed;

    public async Task<StoredInstance> CreateAsync(Guid definitionId, Guid instanceId, CancellationToken cancellationToken)
    {
        var (definition, parsed) = await definitions.GetAsync(db, definitionId, cancellationToken);
        _instance = new InstanceEntity
        {
            Id = instanceId, DefinitionId = definition.Id, DefinitionKey = definition.Key, DefinitionVersion = definition.Version,
            Status = "active", State = "{}", Variables = "{}", StartedAt = clock.GetUtcNow(),
        };
        db.Instances.Add(_instance);
        return new StoredInstance(_instance.Id, parsed, InstanceState.New(definition.Key));
    }

    public async Task<StoredInstance?> LockAsync(Guid instanceId, CancellationToken cancellationToken)
    {
        _instance = await db.Instances.FromSql($"SELECT * FROM workflows.instances WHERE id = {instanceId} FOR UPDATE").SingleOrDefaultAsync(cancellationToken);
        if (_instance is null) return null;
        var (_, parsed) = await definitions.GetAsync(db, _instance.DefinitionId, cancellationToken);
        return new StoredInstance(_instance.Id, parsed, InstanceState.FromJson(_instance.State));
    }

    public async Task SaveAsync(StepChanges changes, CancellationToken cancellationToken)
    {
        var instance = _instance ?? throw new InvalidOperationException("Create or lock the instance before saving its step.");
        _timers = await new EffectWriter(db, instance, changes.Now, changes.Actor)
            .WriteAsync(changes.Definition, changes.State, changes.Cause, changes.Effects, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        await transaction.CommitAsync(cancellationToken);
        _committed = true;
        await scheduler.ScheduleAsync(_timers, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        // A rolled-back step leaves nothing tracked behind for the next one on this pooled context.
        if (!_committed) db.ChangeTracker.Clear();
        await transaction.DisposeAsync();
    }
}
