namespace Workflows.Engine.Model;

/// <summary>
/// An embedded subprocess: a nested scope entered at its single none start event; or, with <see cref="TriggeredByEvent"/>,
/// an event subprocess, which no flow enters: its one start event's trigger starts it while its enclosing scope runs.
/// </summary>
public sealed record SubProcessDefinition : FlowNodeDefinition
{
    public bool TriggeredByEvent { get; init; }

    public required string StartEventId { get; init; }
    public IReadOnlyList<string> ChildNodeIds { get; init; } = [];
    public override bool IsActivity => true;
}
