using Workflows.Dmn.Feel;

namespace Workflows.Dmn.Model;

/// <summary>
/// A decision table's output column. Its output values, in order, rank the rules for PRIORITY and OUTPUT ORDER (the
/// first listed is the highest priority); its default applies when no rule matches.
/// </summary>
public sealed class OutputClause
{
    public required string Id { get; init; }

    /// <summary>The output's name; for a table with one unnamed output, the decision's variable name.</summary>
    public required string Name { get; init; }
    public string? Label { get; init; }
    public string? TypeRef { get; init; }
    public IReadOnlyList<object?> OutputValues { get; init; } = [];
    public FeelExpression? DefaultOutput { get; init; }
}
