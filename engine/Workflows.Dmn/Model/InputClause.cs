using Workflows.Dmn.Feel;

namespace Workflows.Dmn.Model;

/// <summary>A decision table's input column: its expression, evaluated once per evaluation, and its allowed values if given.</summary>
public sealed class InputClause
{
    public required string Id { get; init; }
    public string? Label { get; init; }
    public required FeelExpression Expression { get; init; }
    public FeelUnaryTests? InputValues { get; init; }
}
