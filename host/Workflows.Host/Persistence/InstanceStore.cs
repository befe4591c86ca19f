using Workflows.Engine.Runtime;
using Workflows.Host.Database;
using Workflows.Host.Timers;

namespace Workflows.Host.Persistence;

/// <summary>The engine's store on PostgreSQL through EF Core; one per request scope, sharing its DbContext.</summary>
public sealed class InstanceStore(WorkflowsDbContext db, DefinitionCache definitions, TimerScheduler scheduler, TimeProvider clock) : IInstanceStore
{
    public async Task<IStepTransaction> BeginAsync(CancellationToken cancellationToken) =>
        new StepTransaction(db, await db.Database.BeginTransactionAsync(cancellationToken), definitions, scheduler, clock);
}
