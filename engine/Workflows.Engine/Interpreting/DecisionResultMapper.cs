using System.Text.Json;
using Workflows.Engine.Expressions;
using Workflows.Engine.Model;

namespace Workflows.Engine.Interpreting;

/// <summary>
/// Camunda 7's <c>camunda:mapDecisionResult</c>: the result list as it is, the single value of a single rule's single
/// output (singleEntry), a single rule's output map (singleResult), or every rule's single output value
/// (collectEntries). A result that does not fit its mapping is an error, which the task turns into an incident.
/// Unlike Camunda, no matched rule is an error too where the mapping asks for one rule (singleEntry, singleResult):
/// a table that may match nothing says so by a default output, so a silent null never routes a case.
/// </summary>
internal static class DecisionResultMapper
{
    public static (JsonElement Value, string? Error) Map(DecisionResultMapping mapping, DecisionOutcome outcome)
    {
        var rules = outcome.Outputs;
        switch (mapping)
        {
            case DecisionResultMapping.SingleEntry:
            case DecisionResultMapping.SingleResult:
                var name = mapping == DecisionResultMapping.SingleEntry ? "singleEntry" : "singleResult";
                if (rules.Count == 0)
                    return (JsonValues.Null, $"no rule matched, and mapDecisionResult '{name}' needs exactly one (give the table a default output, or map resultList).");
                if (rules.Count > 1)
                    return (JsonValues.Null, $"{Rules(outcome)} matched, and mapDecisionResult '{name}' takes exactly one.");
                if (mapping == DecisionResultMapping.SingleResult) return (JsonValues.From(rules[0]), null);
                return rules[0].Count == 1
                    ? (rules[0].Values.First(), null)
                    : (JsonValues.Null, $"the matched rule gives {Outputs(rules[0])}, and mapDecisionResult 'singleEntry' takes exactly one output.");
            case DecisionResultMapping.CollectEntries:
                if (rules.FirstOrDefault(r => r.Count != 1) is { } wide)
                    return (JsonValues.Null, $"a matched rule gives {Outputs(wide)}, and mapDecisionResult 'collectEntries' takes exactly one output per rule.");
                return (JsonValues.From(rules.Select(r => r.Values.First()).ToList()), null);
            default:
                return (JsonValues.From(rules), null);
        }
    }

    private static string Rules(DecisionOutcome outcome) => outcome.MatchedRuleIds.Count > 0
        ? $"{outcome.Outputs.Count} rules ({string.Join(", ", outcome.MatchedRuleIds.Select(r => $"'{r}'"))})"
        : $"{outcome.Outputs.Count} results";

    private static string Outputs(IReadOnlyDictionary<string, JsonElement> rule) =>
        rule.Count == 0 ? "no output" : $"{rule.Count} outputs ({string.Join(", ", rule.Keys.Select(k => $"'{k}'"))})";
}
