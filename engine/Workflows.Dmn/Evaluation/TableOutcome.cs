namespace Workflows.Dmn.Evaluation;

/// <summary>What a decision table gave: output maps, matched rule ids, the evaluated inputs and the table's FEEL value.</summary>
internal sealed record TableOutcome(
    IReadOnlyList<IReadOnlyDictionary<string, object?>> Outputs,
    IReadOnlyList<string> MatchedRuleIds,
    IReadOnlyList<EvaluatedInput> Inputs,
    object? Value);
