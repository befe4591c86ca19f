using Workflows.Engine.Expressions;

namespace Workflows.Engine.Model;

public sealed record ScriptTaskDefinition : FlowNodeDefinition
{
    public required CompiledScript Script { get; init; }
    public string? ResultVariable { get; init; }
    public override bool IsActivity => true;
}
