using System.Collections.Concurrent;
using Workflows.Engine.Interpreting;

namespace Workflows.Server.Persistence;

/// <summary>
/// The parsed state of large instances this process stepped last, by the row's revision. A multi-instance body over a
/// thousand elements has a state of some 200 KB whose parsing cost more than the rest of a task completion; the next
/// step on that instance reads the revision under its row lock and reuses the parse when it is the same, else (another
/// host stepped it, or the process restarted) it parses the row as always. The interpreter never changes a state it is
/// given, so a cached one is shared safely. Small states are not kept: they parse in microseconds.
/// </summary>
public sealed class InstanceStateCache
{
    private const int MinimumEntries = 200;
    private const int Capacity = 64;
    private readonly ConcurrentDictionary<Guid, (int Revision, InstanceState State)> _states = new();

    public (int Revision, InstanceState State)? Find(Guid instanceId) => _states.TryGetValue(instanceId, out var entry) ? entry : null;

    public void Remember(Guid instanceId, int revision, InstanceState state)
    {
        if (state.Tokens.Count + state.UserTasks.Count < MinimumEntries || state.Status is not InstanceStatus.Active)
        {
            _states.TryRemove(instanceId, out _);
            return;
        }
        // A crude bound: when full, start over; the instances still busy come back on their next step.
        if (_states.Count >= Capacity && !_states.ContainsKey(instanceId)) _states.Clear();
        _states[instanceId] = (revision, state);
    }

    public void Forget(Guid instanceId) => _states.TryRemove(instanceId, out _);
}
