namespace Workflows.Engine.Model;

/// <summary>A service or send task bound to a custom activity by <c>camunda:type="external" camunda:topic</c>.</summary>
public sealed record ServiceTaskDefinition : FlowNodeDefinition
{
    public required string Topic { get; init; }
    public override bool IsActivity => true;
}
