namespace Workflows.Dmn.Evaluation;

/// <summary>
/// One decision's outcome, shaped for Camunda's REST and for history: one output map per returned rule (UNIQUE, ANY,
/// FIRST and PRIORITY give at most one; RULE ORDER, OUTPUT ORDER and COLLECT one per rule, in order; a COLLECT
/// aggregation one map with the aggregate; a literal expression {variableName: value}), the matched rule ids, the
/// inputs as evaluated, and <see cref="Value"/>, the FEEL value later decisions see.
/// </summary>
public sealed record DecisionResult(
    string DecisionId,
    string DecisionName,
    IReadOnlyList<IReadOnlyDictionary<string, object?>> Outputs,
    IReadOnlyList<string> MatchedRuleIds,
    IReadOnlyList<EvaluatedInput> Inputs,
    object? Value)
{
    /// <summary>The single output value of the first result, the way callers that expect one value read it.</summary>
    public object? SingleValue => Outputs.Count > 0 && Outputs[0].Count == 1 ? Outputs[0].Values.First() : null;
}
