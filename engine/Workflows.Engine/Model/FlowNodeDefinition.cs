namespace Workflows.Engine.Model;

/// <summary>A parsed, immutable BPMN flow node. Subtypes add what their element carries.</summary>
public abstract record FlowNodeDefinition
{
    public required string Id { get; init; }
    public string? Name { get; init; }

    /// <summary>The BPMN element's local name, e.g. <c>userTask</c>.</summary>
    public required string ElementType { get; init; }

    /// <summary>The enclosing subprocess id, or null at process level.</summary>
    public string? ScopeId { get; init; }

    public IReadOnlyList<SequenceFlowDefinition> Incoming { get; init; } = [];
    public IReadOnlyList<SequenceFlowDefinition> Outgoing { get; init; } = [];

    /// <summary>The <c>default</c> attribute of gateways and activities.</summary>
    public string? DefaultFlowId { get; init; }

    public bool AsyncBefore { get; init; }
    public bool AsyncAfter { get; init; }

    /// <summary>Boundary events attached to this node, in document order.</summary>
    public IReadOnlyList<BoundaryEventDefinition> BoundaryEvents { get; init; } = [];

    public InputOutputDefinition InputOutput { get; init; } = InputOutputDefinition.Empty;

    /// <summary>Set when the activity is multi-instance: the node then runs as a body around its inner instances.</summary>
    public MultiInstanceDefinition? MultiInstance { get; init; }

    /// <summary>
    /// <c>isForCompensation</c>: a compensation handler, reached only through its compensation boundary event's association,
    /// never by a sequence flow.
    /// </summary>
    public bool IsForCompensation { get; init; }

    /// <summary>A node that holds a token while it waits (tasks, subprocesses): boundary events may attach.</summary>
    public virtual bool IsActivity => false;

    public string DisplayName => string.IsNullOrWhiteSpace(Name) ? Id : Name!;
}
