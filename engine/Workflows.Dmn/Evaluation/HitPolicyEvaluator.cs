using Workflows.Dmn.Feel;
using Workflows.Dmn.Feel.Values;
using Workflows.Dmn.Model;

namespace Workflows.Dmn.Evaluation;

/// <summary>
/// Turns the matched rules into the table's result by its hit policy (DMN 1.3, 8.2.11): UNIQUE fails on several
/// matches, ANY on matches that disagree; PRIORITY and OUTPUT ORDER rank by the order of each output's output values;
/// no match gives the outputs' defaults when any output has one.
/// </summary>
internal static class HitPolicyEvaluator
{
    public static TableOutcome Apply(DecisionTableDefinition table, List<int> matched, FeelScope scope, EvaluationFrame frame, IReadOnlyList<EvaluatedInput> inputs)
    {
        var rules = table.Rules;
        if (matched.Count == 0) return NoMatch(table, scope, frame, inputs);
        var outputs = matched.Select(r => OutputsOf(table, rules[r], scope, frame)).ToList();
        var order = Enumerable.Range(0, matched.Count).ToList();
        switch (table.HitPolicy)
        {
            case HitPolicy.Unique when matched.Count > 1:
                throw new DmnEvaluationException(frame.DecisionId, frame.DecisionName, $"table '{table.Id}'", null,
                    $"hit policy UNIQUE, but {matched.Count} rules matched: {string.Join(", ", matched.Select(r => rules[r].Id))}.");
            case HitPolicy.Any when outputs.Skip(1).Any(o => !SameOutputs(o, outputs[0])):
                throw new DmnEvaluationException(frame.DecisionId, frame.DecisionName, $"table '{table.Id}'", null,
                    $"hit policy ANY, but the matched rules {string.Join(", ", matched.Select(r => rules[r].Id))} give different outputs.");
            case HitPolicy.Unique or HitPolicy.Any or HitPolicy.First: order = [0]; break;
            case HitPolicy.Priority: order = [ByPriority(table, outputs).First()]; break;
            case HitPolicy.OutputOrder: order = ByPriority(table, outputs).ToList(); break;
        }
        var chosen = order.Select(i => outputs[i]).ToList();
        var ruleIds = order.Select(i => rules[matched[i]].Id).ToList();
        if (table.Aggregator != CollectAggregator.None)
        {
            var name = table.Outputs[0].Name;
            var aggregate = Aggregate(table.Aggregator, chosen.Select(o => o[name]).Where(v => v is not null).ToList(), frame, table.Id);
            return new([Map(name, aggregate)], ruleIds, inputs, aggregate);
        }
        return new(chosen, ruleIds, inputs, ValueOf(table, chosen));
    }

    private static TableOutcome NoMatch(DecisionTableDefinition table, FeelScope scope, EvaluationFrame frame, IReadOnlyList<EvaluatedInput> inputs)
    {
        if (table.Outputs.All(o => o.DefaultOutput is null))
        {
            var value = table.Aggregator == CollectAggregator.Count ? 0m : (object?)null;
            IReadOnlyList<IReadOnlyDictionary<string, object?>> outputs = table.Aggregator == CollectAggregator.None ? [] : [Map(table.Outputs[0].Name, value)];
            return new(outputs, [], inputs, value is null && IsMultiHit(table) && table.Aggregator == CollectAggregator.None ? new List<object?>() : value);
        }
        var defaults = new OrderedDictionary<string, object?>();
        foreach (var output in table.Outputs)
            defaults[output.Name] = output.DefaultOutput is { } d ? frame.Guard($"default output '{output.Id}'", d.Text, () => d.Evaluate(scope)) : null;
        return new([defaults], [], inputs, ValueOf(table, [defaults], single: true));
    }

    private static IReadOnlyDictionary<string, object?> OutputsOf(DecisionTableDefinition table, RuleDefinition rule, FeelScope scope, EvaluationFrame frame)
    {
        var map = new OrderedDictionary<string, object?>(table.Outputs.Count);
        for (var i = 0; i < table.Outputs.Count; i++)
        {
            var entry = rule.OutputEntries[i];
            map[table.Outputs[i].Name] = entry.Text == "null" ? null : frame.Guard($"rule '{rule.Id}'", entry.Text, () => entry.Evaluate(scope));
        }
        return map;
    }

    /// <summary>Matched results ranked by each output's position in its output values, first output first; stable.</summary>
    private static IEnumerable<int> ByPriority(DecisionTableDefinition table, List<IReadOnlyDictionary<string, object?>> outputs) =>
        Enumerable.Range(0, outputs.Count).OrderBy(i => i, Comparer<int>.Create((a, b) =>
        {
            foreach (var output in table.Outputs)
            {
                var c = Rank(output, outputs[a][output.Name]).CompareTo(Rank(output, outputs[b][output.Name]));
                if (c != 0) return c;
            }
            return 0;
        }));

    private static int Rank(OutputClause output, object? value)
    {
        for (var i = 0; i < output.OutputValues.Count; i++)
            if (FeelComparer.AreEqual(output.OutputValues[i], value) is true) return i;
        return output.OutputValues.Count;
    }

    private static object? Aggregate(CollectAggregator aggregator, List<object?> values, EvaluationFrame frame, string tableId)
    {
        if (aggregator == CollectAggregator.Count) return (decimal)values.Count;
        if (values.Count == 0) return null;
        return frame.Guard($"table '{tableId}'", null, () => aggregator switch
        {
            CollectAggregator.Sum => values.Aggregate(FeelArithmetic.Add),
            CollectAggregator.Min => values.Aggregate((a, b) => FeelComparer.Compare(b, a) < 0 ? b : a),
            _ => values.Aggregate((a, b) => FeelComparer.Compare(b, a) > 0 ? b : a),
        });
    }

    private static bool IsMultiHit(DecisionTableDefinition table) =>
        table.HitPolicy is HitPolicy.Collect or HitPolicy.RuleOrder or HitPolicy.OutputOrder;

    /// <summary>The value later decisions see: one output's value or a context, and a list of those for multi-hit tables.</summary>
    private static object? ValueOf(DecisionTableDefinition table, List<IReadOnlyDictionary<string, object?>> chosen, bool single = false)
    {
        var values = chosen.Select(o => table.Outputs.Count == 1 ? o.Values.First() : (object?)o).ToList();
        return IsMultiHit(table) && !single ? values : values.FirstOrDefault();
    }

    private static bool SameOutputs(IReadOnlyDictionary<string, object?> a, IReadOnlyDictionary<string, object?> b) =>
        a.All(e => FeelComparer.AreEqual(e.Value, b[e.Key]) is true);

    private static IReadOnlyDictionary<string, object?> Map(string name, object? value) => new OrderedDictionary<string, object?> { [name] = value };
}
