using Workflows.Engine.Expressions;

namespace Workflows.Engine.Model;

public sealed record ReceiveTaskDefinition : FlowNodeDefinition
{
    public required CompiledText MessageName { get; init; }
    public override bool IsActivity => true;
}
