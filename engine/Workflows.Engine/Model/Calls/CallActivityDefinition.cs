using Workflows.Engine.Expressions;

namespace Workflows.Engine.Model;

/// <summary>
/// A call activity (<c>bpmn:callActivity</c>): starts an instance of another process (<see cref="CalledElement"/>, which may
/// be an expression) and waits until it ends. What the child sees and what comes back is only what the <c>camunda:in</c>
/// and <c>camunda:out</c> mappings pass, as in Camunda 7.
/// </summary>
public sealed record CallActivityDefinition : FlowNodeDefinition
{
    public required CompiledText CalledElement { get; init; }
    public CallBinding Binding { get; init; } = CallBinding.Latest;

    /// <summary>With <see cref="CallBinding.Version"/>: <c>camunda:calledElementVersion</c>, a number or an expression.</summary>
    public CompiledText? Version { get; init; }

    public IReadOnlyList<CallMapping> In { get; init; } = [];
    public IReadOnlyList<CallMapping> Out { get; init; } = [];

    /// <summary><c>&lt;camunda:in businessKey="…"/&gt;</c>: the child's business key; without it the child has none (Camunda 7).</summary>
    public ValueDefinition? BusinessKey { get; init; }

    public override bool IsActivity => true;
}
