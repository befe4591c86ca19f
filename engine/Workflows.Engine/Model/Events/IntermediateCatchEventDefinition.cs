using Workflows.Engine.Expressions;

namespace Workflows.Engine.Model;

/// <summary>
/// An intermediate catch event waiting for a timer or a message (exactly one of them is set), or a link catch, which
/// waits for nothing: a link throw of the same name continues the flow there.
/// </summary>
public sealed record IntermediateCatchEventDefinition : FlowNodeDefinition
{
    public TimerDefinition? Timer { get; init; }
    public CompiledText? MessageName { get; init; }
    public CompiledText? SignalName { get; init; }

    /// <summary>A conditional catch: waits until its condition holds (looked at on arrival and when variables change).</summary>
    public ConditionalDefinition? Conditional { get; init; }
    public string? LinkName { get; init; }
}
