using Workflows.Engine.Runtime;
using Workflows.Server.Database;
using Workflows.Server.Steps;
using Workflows.Server.Timers;

namespace Workflows.Server.Persistence;

/// <summary>The engine's store on PostgreSQL; one per scope, on the scope's connection and transaction.</summary>
public sealed class InstanceStore(DatabaseSession session, ServerDbContext db, DefinitionCache definitions, IEnumerable<IStepParticipant> participants,
    TimerScheduler scheduler, TimeProvider clock, InstanceStateCache states) : IInstanceStore
{
    public async Task<IStepTransaction> BeginAsync(CancellationToken cancellationToken) =>
        new StepTransaction(session, await session.BeginAsync(cancellationToken), db, definitions, participants, scheduler, clock, states);
}
