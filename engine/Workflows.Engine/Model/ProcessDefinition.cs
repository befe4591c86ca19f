using System.Collections.Frozen;

namespace Workflows.Engine.Model;

/// <summary>
/// One executable BPMN process, parsed and validated. Immutable; the original XML is kept unchanged
/// as the source of truth.
/// </summary>
public sealed class ProcessDefinition
{
    public required string Key { get; init; }
    public string? Name { get; init; }
    public required string Xml { get; init; }
    public required FrozenDictionary<string, FlowNodeDefinition> Nodes { get; init; }
    public required FrozenDictionary<string, SequenceFlowDefinition> Flows { get; init; }

    /// <summary>Start events of the process level, in document order.</summary>
    public required IReadOnlyList<StartEventDefinition> StartEvents { get; init; }

    public FlowNodeDefinition Node(string id) =>
        Nodes.TryGetValue(id, out var node) ? node : throw new KeyNotFoundException($"Node '{id}' is not in process '{Key}'.");

    public T Node<T>(string id) where T : FlowNodeDefinition => (T)Node(id);

    /// <summary>Whether any node waits on a condition: without one, a step need not track which variables it changed.</summary>
    public bool HasConditionalEvents => _hasConditionalEvents ??=
        Nodes.Values.Any(n => n is IntermediateCatchEventDefinition { Conditional: not null } or BoundaryEventDefinition { Conditional: not null }
            or StartEventDefinition { Conditional: not null });

    private bool? _hasConditionalEvents;

    /// <summary>The event subprocesses directly inside a scope (null: the process level), in document order.</summary>
    public IReadOnlyList<SubProcessDefinition> EventSubprocessesIn(string? containerId) =>
        (_eventSubprocesses ??= Nodes.Values.OfType<SubProcessDefinition>().Where(s => s.TriggeredByEvent).ToLookup(s => s.ScopeId ?? ""))[containerId ?? ""].ToList();

    private ILookup<string, SubProcessDefinition>? _eventSubprocesses;

    public string DisplayName => string.IsNullOrWhiteSpace(Name) ? Key : Name!;
}
