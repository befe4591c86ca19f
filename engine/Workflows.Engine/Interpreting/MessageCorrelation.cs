using System.Text.Json;
using Workflows.Engine.Model;

namespace Workflows.Engine.Interpreting;

/// <summary>
/// Which waiting instances a message reaches (Camunda 7 rules): open subscriptions with that name whose
/// instance has the business key and equal process variables for every correlation key. A message that
/// reaches nobody is rejected, not buffered; the host decides what zero or several matches mean.
/// </summary>
public static class MessageCorrelation
{
    public static IReadOnlyList<CorrelationMatch<TKey>> Find<TKey>(IEnumerable<(TKey Key, InstanceState State)> instances, string messageName,
        string? businessKey, IReadOnlyDictionary<string, JsonElement>? correlationKeys)
    {
        var matches = new List<CorrelationMatch<TKey>>();
        foreach (var (key, state) in instances)
        {
            if (state.Status != InstanceStatus.Active) continue;
            if (businessKey is not null && state.BusinessKey != businessKey) continue;
            if (correlationKeys is not null && !correlationKeys.All(k => state.Variables.TryGetValue(k.Key, out var v) && JsonElement.DeepEquals(v, k.Value)))
                continue;
            foreach (var subscription in state.Subscriptions)
                if (subscription.MessageName == messageName && !subscription.Signal) matches.Add(new CorrelationMatch<TKey>(key, subscription.Id, subscription.NodeId));
        }
        return matches;
    }

    /// <summary>The message start event a message may start a new instance at, if the definition has one.</summary>
    public static StartEventDefinition? StartEventFor(ProcessDefinition definition, string messageName) =>
        definition.StartEvents.FirstOrDefault(s => s.MessageName == messageName);

    /// <summary>The signal start event a signal starts a new instance at, if the definition has one.</summary>
    public static StartEventDefinition? SignalStartFor(ProcessDefinition definition, string signalName) =>
        definition.StartEvents.FirstOrDefault(s => s.SignalName == signalName);
}
