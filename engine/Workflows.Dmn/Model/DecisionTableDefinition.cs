namespace Workflows.Dmn.Model;

public sealed class DecisionTableDefinition : DecisionLogic
{
    public required HitPolicy HitPolicy { get; init; }
    public CollectAggregator Aggregator { get; init; }
    public required IReadOnlyList<InputClause> Inputs { get; init; }
    public required IReadOnlyList<OutputClause> Outputs { get; init; }
    public required IReadOnlyList<RuleDefinition> Rules { get; init; }
}
