using System.Collections.Frozen;

namespace Workflows.Engine.Model;

public sealed record InclusiveGatewayDefinition : FlowNodeDefinition
{
    /// <summary>
    /// Per incoming flow id: the nodes of the same scope that reach that flow without passing this
    /// gateway (activity → boundary edges included). Precomputed so the join check is a lookup.
    /// </summary>
    public FrozenDictionary<string, FrozenSet<string>> UpstreamByIncomingFlow { get; init; } =
        FrozenDictionary<string, FrozenSet<string>>.Empty;
}
