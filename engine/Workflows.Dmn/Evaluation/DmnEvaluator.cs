using Workflows.Dmn.Feel;
using Workflows.Dmn.Feel.Values;
using Workflows.Dmn.Model;

namespace Workflows.Dmn.Evaluation;

/// <summary>
/// Evaluates a decision of a parsed definition with the caller's variables: required decisions first, each once,
/// their values visible to later decisions under their variable names. Pure: no I/O, no shared state.
/// </summary>
public static class DmnEvaluator
{
    public static DmnEvaluation Evaluate(DmnDefinition definition, string decisionIdOrName, IReadOnlyDictionary<string, object?> variables)
    {
        var decision = definition.FindDecision(decisionIdOrName)
            ?? throw new DmnEvaluationException(decisionIdOrName, decisionIdOrName, null, null,
                $"the definition '{definition.Name ?? definition.Id}' has no decision with this id or name; it has {string.Join(", ", definition.Decisions.Select(d => d.Id))}.");
        var functions = new Dictionary<string, object?>();
        foreach (var model in definition.KnowledgeModels) functions[model.Name] = new KnowledgeModelFunction(model, functions);
        var values = new Dictionary<string, object?>(variables.Count);
        foreach (var (name, value) in variables)
            values[name] = new EvaluationFrame(decision.Id, decision.Name).Guard($"variable '{name}'", null, () => FeelValue.From(value));
        var results = new Dictionary<string, object?>();
        var scope = new FeelScope(results, new FeelScope(values, new FeelScope(functions)));
        var evaluated = new List<DecisionResult>();
        var byId = definition.Decisions.ToDictionary(d => d.Id);
        var result = EvaluateOnce(decision, byId, scope, results, evaluated, []);
        return new DmnEvaluation(result, evaluated);
    }

    private static DecisionResult EvaluateOnce(DecisionDefinition decision, Dictionary<string, DecisionDefinition> byId, FeelScope scope,
        Dictionary<string, object?> results, List<DecisionResult> evaluated, HashSet<string> done)
    {
        if (done.Contains(decision.Id)) return evaluated.First(r => r.DecisionId == decision.Id);
        foreach (var required in decision.RequiredDecisionIds)
            EvaluateOnce(byId[required], byId, scope, results, evaluated, done);
        var result = EvaluateDecision(decision, scope);
        ExposeOutputs(decision, result, results);
        results[decision.VariableName] = result.Value;
        evaluated.Add(result);
        done.Add(decision.Id);
        return result;
    }

    /// <summary>
    /// Besides its variable name (DMN), a required table's outputs are visible by output name, as Camunda 7 does:
    /// null for no result, its value for one, a list of values for several (a table "Season" with output "season").
    /// </summary>
    private static void ExposeOutputs(DecisionDefinition decision, DecisionResult result, Dictionary<string, object?> results)
    {
        if (decision.Logic is not DecisionTableDefinition table) return;
        foreach (var output in table.Outputs.Where(o => o.Name != decision.VariableName))
            results[output.Name] = result.Outputs.Count switch
            {
                0 => null,
                1 => result.Outputs[0][output.Name],
                _ => result.Outputs.Select(o => o[output.Name]).ToList(),
            };
    }

    private static DecisionResult EvaluateDecision(DecisionDefinition decision, FeelScope scope)
    {
        var frame = new EvaluationFrame(decision.Id, decision.Name);
        switch (decision.Logic)
        {
            case DecisionTableDefinition table:
                var outcome = DecisionTableEvaluator.Evaluate(table, scope, frame);
                return new(decision.Id, decision.Name, outcome.Outputs, outcome.MatchedRuleIds, outcome.Inputs, outcome.Value);
            case LiteralExpressionDefinition literal:
                var value = frame.Guard($"literal expression '{literal.Id}'", literal.Expression.Text, () => literal.Expression.Evaluate(scope));
                return new(decision.Id, decision.Name, [new OrderedDictionary<string, object?> { [decision.VariableName] = value }], [], [], value);
            default:
                throw new DmnEvaluationException(decision.Id, decision.Name, null, null, "the decision has no logic this engine can evaluate.");
        }
    }
}
