using System.Collections.Frozen;
using Workflows.Engine.Model;

namespace Workflows.Engine.Parsing;

/// <summary>
/// For an inclusive gateway, which nodes of its scope can still deliver a token to each incoming flow
/// without passing the gateway itself (BPMN 2.0.2 §13.4.3). Activity → boundary-event edges count.
/// </summary>
internal static class InclusiveJoinAnalysis
{
    public static FrozenDictionary<string, FrozenSet<string>> Upstream(InclusiveGatewayDefinition gateway, IReadOnlyDictionary<string, FlowNodeDefinition> nodes)
    {
        var result = new Dictionary<string, FrozenSet<string>>(StringComparer.Ordinal);
        foreach (var flow in gateway.Incoming)
        {
            var reached = new HashSet<string>(StringComparer.Ordinal);
            var pending = new Stack<string>();
            pending.Push(flow.SourceId);
            while (pending.TryPop(out var id))
            {
                if (id == gateway.Id || !reached.Add(id)) continue;
                var node = nodes[id];
                foreach (var incoming in node.Incoming) pending.Push(incoming.SourceId);
                if (node is BoundaryEventDefinition boundary && nodes.ContainsKey(boundary.AttachedToId)) pending.Push(boundary.AttachedToId);
            }
            result[flow.Id] = reached.ToFrozenSet(StringComparer.Ordinal);
        }
        return result.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
