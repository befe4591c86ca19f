using Workflows.Dmn.Feel;
using Workflows.Dmn.Feel.Values;
using Workflows.Dmn.Model;

namespace Workflows.Dmn.Evaluation;

/// <summary>
/// Evaluates a decision table: each input expression once (checked against the input's input values, if it has
/// them), then each rule's cells left to right (a cell that fails stops the rule), then the hit policy. A null test
/// outcome never matches.
/// </summary>
internal static class DecisionTableEvaluator
{
    public static TableOutcome Evaluate(DecisionTableDefinition table, FeelScope scope, EvaluationFrame frame)
    {
        var inputs = table.Inputs;
        var values = new object?[inputs.Count];
        string? elementId = null, expression = null;
        var matched = new List<int>();
        try
        {
            for (var i = 0; i < inputs.Count; i++)
            {
                (elementId, expression) = (inputs[i].Id, inputs[i].Expression.Text);
                values[i] = inputs[i].Expression.Evaluate(scope);
                if (values[i] is not null && inputs[i].InputValues is { } allowed && allowed.Test(scope.WithInput(values[i])) is not true)
                    throw new FeelException($"The input is {FeelComparer.Show(values[i])}, which is not one of its input values ({allowed.Text}).");
            }
            var cellScope = new FeelScope(null, scope);
            var rules = table.Rules;
            for (var r = 0; r < rules.Count; r++)
            {
                var entries = rules[r].InputEntries;
                var hit = true;
                for (var i = 0; i < entries.Count && hit; i++)
                {
                    var entry = entries[i];
                    if (entry.MatchesAnything) continue;
                    (elementId, expression) = (rules[r].Id, entry.Text);
                    cellScope.SetInput(values[i]);
                    hit = entry.Test(cellScope) is true;
                }
                if (hit) matched.Add(r);
            }
        }
        catch (Exception e) when (e is not DmnEvaluationException and not OutOfMemoryException)
        {
            var reason = e is FeelException ? e.Message : $"the expression failed ({e.GetType().Name}: {e.Message}).";
            var where = elementId is null ? null : table.Rules.Any(r => r.Id == elementId) ? $"rule '{elementId}'" : $"input '{elementId}'";
            throw new DmnEvaluationException(frame.DecisionId, frame.DecisionName, where, expression, reason, e);
        }
        var evaluatedInputs = new EvaluatedInput[inputs.Count];
        for (var i = 0; i < inputs.Count; i++)
            evaluatedInputs[i] = new EvaluatedInput(inputs[i].Id, inputs[i].Label, inputs[i].Expression.Text, values[i]);
        return HitPolicyEvaluator.Apply(table, matched, scope, frame, evaluatedInputs);
    }
}
