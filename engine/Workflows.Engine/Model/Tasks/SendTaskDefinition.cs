using Workflows.Engine.Expressions;

namespace Workflows.Engine.Model;

/// <summary>A send task that is not external: it emits a message and leaves at once.</summary>
public sealed record SendTaskDefinition : FlowNodeDefinition
{
    public CompiledText? MessageName { get; init; }
    public override bool IsActivity => true;
}
