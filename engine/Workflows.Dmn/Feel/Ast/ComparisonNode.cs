using Workflows.Dmn.Feel.Values;

namespace Workflows.Dmn.Feel.Ast;

/// <summary>=, !=, &lt;, &lt;=, &gt;, &gt;=. Ordering with null is null; '=' with null asks whether both are null.</summary>
internal sealed class ComparisonNode(string op, FeelNode left, FeelNode right) : FeelNode
{
    public override object? Evaluate(FeelScope scope) => Apply(op, left.Evaluate(scope), right.Evaluate(scope));

    public static bool? Apply(string op, object? l, object? r)
    {
        switch (op)
        {
            case "=": return FeelComparer.AreEqual(l, r);
            case "!=": return !FeelComparer.AreEqual(l, r);
        }
        if (l is bool || r is bool)
            throw new FeelException($"Booleans have no order: cannot apply '{op}' to {FeelComparer.Show(l)} and {FeelComparer.Show(r)}.");
        var c = FeelComparer.Compare(l, r);
        if (c is null) return null;
        return op switch { "<" => c < 0, "<=" => c <= 0, ">" => c > 0, _ => c >= 0 };
    }
}
