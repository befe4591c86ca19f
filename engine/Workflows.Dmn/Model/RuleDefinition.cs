using Workflows.Dmn.Feel;

namespace Workflows.Dmn.Model;

/// <summary>A decision table row: one unary test per input, one expression per output.</summary>
public sealed class RuleDefinition
{
    public required string Id { get; init; }
    public required IReadOnlyList<FeelUnaryTests> InputEntries { get; init; }
    public required IReadOnlyList<FeelExpression> OutputEntries { get; init; }
}
