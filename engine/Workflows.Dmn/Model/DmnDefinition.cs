namespace Workflows.Dmn.Model;

/// <summary>A parsed, validated and compiled DMN file; immutable, shared by every evaluation of this version.</summary>
public sealed class DmnDefinition
{
    public required string Id { get; init; }
    public string? Name { get; init; }
    public string? Namespace { get; init; }

    /// <summary>1.1, 1.2, 1.3 (or 1.4, 1.5), from the XML namespace.</summary>
    public required string DmnVersion { get; init; }
    public required IReadOnlyList<DecisionDefinition> Decisions { get; init; }
    public required IReadOnlyList<InputDataDefinition> InputData { get; init; }
    public required IReadOnlyList<BusinessKnowledgeModelDefinition> KnowledgeModels { get; init; }

    /// <summary>A decision by id, else by name.</summary>
    public DecisionDefinition? FindDecision(string idOrName) =>
        Decisions.FirstOrDefault(d => d.Id == idOrName) ?? Decisions.FirstOrDefault(d => d.Name == idOrName);
}
