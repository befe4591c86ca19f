using Workflows.Engine.Expressions;

namespace Workflows.Engine.Model;

/// <summary>An intermediate catch event waiting for a timer or a message (exactly one of them is set).</summary>
public sealed record IntermediateCatchEventDefinition : FlowNodeDefinition
{
    public TimerDefinition? Timer { get; init; }
    public CompiledText? MessageName { get; init; }
}
