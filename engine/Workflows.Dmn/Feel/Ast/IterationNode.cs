using Workflows.Dmn.Feel.Values;

namespace Workflows.Dmn.Feel.Ast;

/// <summary>
/// for / some / every over one or more 'name in list' clauses (a clause may iterate a numeric range 1..n). 'for' may
/// read 'partial', the results so far.
/// </summary>
internal sealed class IterationNode(string kind, IReadOnlyList<(string Name, FeelNode Source)> clauses, FeelNode body) : FeelNode
{
    public override object? Evaluate(FeelScope scope)
    {
        var results = new List<object?>();
        var frame = new Dictionary<string, object?> { ["partial"] = results };
        var inner = new FeelScope(frame, scope);
        if (!Iterate(0, inner, frame, results)) return kind == "some" ? true : false;
        return kind switch { "for" => results, "some" => false, _ => true };
    }

    /// <summary>Runs the body for every combination; returns false to stop early (some found true, every found false).</summary>
    private bool Iterate(int clause, FeelScope scope, Dictionary<string, object?> frame, List<object?> results)
    {
        if (clause == clauses.Count)
        {
            var value = body.Evaluate(scope);
            if (kind == "for") { results.Add(value); return true; }
            return kind == "some" ? value is not true : value is true;
        }
        foreach (var item in Items(clauses[clause].Source.Evaluate(scope)))
        {
            frame[clauses[clause].Name] = item;
            if (!Iterate(clause + 1, scope, frame, results)) return false;
        }
        return true;
    }

    private static IEnumerable<object?> Items(object? source) => source switch
    {
        IReadOnlyList<object?> list => list,
        FeelRange { Start: decimal from, End: decimal to } => Count(from, to),
        null => [],
        _ => [source],
    };

    private static IEnumerable<object?> Count(decimal from, decimal to)
    {
        var step = from <= to ? 1 : -1;
        for (var i = from; step > 0 ? i <= to : i >= to; i += step) yield return i;
    }
}
