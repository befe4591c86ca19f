using Workflows.Engine.Expressions;

namespace Workflows.Engine.Model;

/// <summary>A none intermediate throw event (pass-through) or a message throw (emits a message).</summary>
public sealed record IntermediateThrowEventDefinition : FlowNodeDefinition
{
    public CompiledText? MessageName { get; init; }
}
