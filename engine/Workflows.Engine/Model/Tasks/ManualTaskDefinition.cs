namespace Workflows.Engine.Model;

/// <summary>A plain <c>task</c> or <c>manualTask</c>: the engine passes through it.</summary>
public sealed record ManualTaskDefinition : FlowNodeDefinition
{
    public override bool IsActivity => true;
}
