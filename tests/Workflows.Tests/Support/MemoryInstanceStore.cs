using Workflows.Engine.Interpreting;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime;

namespace Workflows.Tests.Support;

/// <summary>
/// The runtime's store port held in memory, to test the step loop without a database (the PostgreSQL store
/// has its own tests against the real cluster). Commits are counted; a disposed, uncommitted step leaves no trace.
/// </summary>
public sealed class MemoryInstanceStore(ProcessDefinition definition) : IInstanceStore
{
    private ProcessDefinition Definition => definition;

    public Dictionary<Guid, InstanceState> Instances { get; } = [];
    public List<StepChanges> Committed { get; } = [];
    public int RolledBack { get; private set; }

    public Task<IStepTransaction> BeginAsync(CancellationToken cancellationToken) => Task.FromResult<IStepTransaction>(new Transaction(this));

    private sealed class Transaction(MemoryInstanceStore store) : IStepTransaction
    {
        private StepChanges? _changes;
        private bool _committed;

        public Task<StoredInstance> CreateAsync(Guid definitionId, Guid instanceId, CancellationToken cancellationToken) =>
            Task.FromResult(new StoredInstance(instanceId, store.Definition, InstanceState.New(store.Definition.Key)));

        public Task<StoredInstance?> LockAsync(Guid instanceId, CancellationToken cancellationToken) =>
            Task.FromResult(store.Instances.TryGetValue(instanceId, out var state) ? new StoredInstance(instanceId, store.Definition, state) : null);

        public Task SaveAsync(StepChanges changes, CancellationToken cancellationToken)
        {
            _changes = changes;
            return Task.CompletedTask;
        }

        public Task CommitAsync(CancellationToken cancellationToken)
        {
            store.Instances[_changes!.InstanceId] = _changes.State;
            store.Committed.Add(_changes);
            _committed = true;
            return Task.CompletedTask;
        }

        public ValueTask DisposeAsync()
        {
            if (!_committed) store.RolledBack++;
            return ValueTask.CompletedTask;
        }
    }
}
