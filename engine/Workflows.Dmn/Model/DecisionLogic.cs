namespace Workflows.Dmn.Model;

/// <summary>How a decision or a business knowledge model computes its value: a decision table or a literal expression.</summary>
public abstract class DecisionLogic
{
    /// <summary>The id of the XML element (decisionTable, literalExpression), for problems and errors.</summary>
    public required string Id { get; init; }
}
