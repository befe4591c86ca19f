namespace Workflows.Engine.Model;

/// <summary>A none start event, a message start event when <see cref="MessageName"/> is set, a signal start event when <see cref="SignalName"/> is.</summary>
public sealed record StartEventDefinition : FlowNodeDefinition
{
    public string? MessageName { get; init; }
    public string? SignalName { get; init; }
}
