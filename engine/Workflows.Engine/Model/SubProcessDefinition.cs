namespace Workflows.Engine.Model;

/// <summary>An embedded subprocess: a nested scope entered at its single none start event.</summary>
public sealed record SubProcessDefinition : FlowNodeDefinition
{
    public required string StartEventId { get; init; }
    public IReadOnlyList<string> ChildNodeIds { get; init; } = [];
    public override bool IsActivity => true;
}
