namespace Workflows.Dmn.Feel.Ast;

/// <summary>
/// FEEL's three-valued 'and' / 'or': false and anything is false, true or anything is true; otherwise a non-boolean
/// operand makes the result null.
/// </summary>
internal sealed class LogicalNode(bool isAnd, FeelNode left, FeelNode right) : FeelNode
{
    public override object? Evaluate(FeelScope scope)
    {
        var l = left.Evaluate(scope) as bool?;
        if (l == !isAnd) return l;
        var r = right.Evaluate(scope) as bool?;
        if (r == !isAnd) return r;
        return l is null || r is null ? null : isAnd;
    }
}
