namespace Workflows.Dmn.Model;

/// <summary>A decision of the requirements graph: its logic and the decisions it requires (evaluated first, once each).</summary>
public sealed class DecisionDefinition
{
    public required string Id { get; init; }
    public required string Name { get; init; }

    /// <summary>The name its value has for decisions that require it, and for a single unnamed output.</summary>
    public required string VariableName { get; init; }
    public string? TypeRef { get; init; }
    public required DecisionLogic Logic { get; init; }
    public IReadOnlyList<string> RequiredDecisionIds { get; init; } = [];
    public IReadOnlyList<string> RequiredInputIds { get; init; } = [];
}
