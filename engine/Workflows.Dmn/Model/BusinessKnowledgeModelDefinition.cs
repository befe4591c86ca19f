namespace Workflows.Dmn.Model;

/// <summary>A reusable function (encapsulatedLogic) that decisions invoke by name: PMT(amount, rate, term).</summary>
public sealed class BusinessKnowledgeModelDefinition
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required IReadOnlyList<string> Parameters { get; init; }
    public required DecisionLogic Logic { get; init; }
}
