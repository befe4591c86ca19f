using System.Text.Json;

namespace Workflows.Engine.Interpreting;

/// <summary>
/// What evaluating a decision gave, as the host's decision repository reports it: which decision and version (its
/// <paramref name="DecisionId"/> in the repository), one output map per returned rule (output name → value), the
/// matched rule ids and the inputs as evaluated (for history).
/// </summary>
public sealed record DecisionOutcome(
    string DecisionId,
    string DecisionKey,
    int Version,
    IReadOnlyList<IReadOnlyDictionary<string, JsonElement>> Outputs,
    IReadOnlyList<string> MatchedRuleIds,
    JsonElement Inputs);
