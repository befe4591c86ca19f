using Workflows.Engine.Expressions;

namespace Workflows.Engine.Model;

/// <summary>
/// A business rule task bound to a DMN decision by <c>camunda:decisionRef</c> (a key, or <c>${…}</c> that gives one),
/// which version (<c>camunda:decisionRefBinding</c>, <c>camunda:decisionRefVersion</c>) and how the result becomes
/// <c>camunda:resultVariable</c> (<c>camunda:mapDecisionResult</c>).
/// </summary>
public sealed record BusinessRuleTaskDefinition : FlowNodeDefinition
{
    public required CompiledText DecisionRef { get; init; }
    public DecisionBinding Binding { get; init; } = DecisionBinding.Latest;

    /// <summary>With <see cref="DecisionBinding.Version"/>: the version number, literal or <c>${…}</c>.</summary>
    public CompiledText? Version { get; init; }
    public string? ResultVariable { get; init; }
    public DecisionResultMapping Mapping { get; init; } = DecisionResultMapping.ResultList;
    public override bool IsActivity => true;
}
