namespace Workflows.Engine.Model;

/// <summary>A none start event, or a message start event when <see cref="MessageName"/> is set.</summary>
public sealed record StartEventDefinition : FlowNodeDefinition
{
    public string? MessageName { get; init; }
}
