using Workflows.Dmn.Feel;

namespace Workflows.Dmn.Model;

/// <summary>A decision whose value is one FEEL expression.</summary>
public sealed class LiteralExpressionDefinition : DecisionLogic
{
    public required FeelExpression Expression { get; init; }
}
