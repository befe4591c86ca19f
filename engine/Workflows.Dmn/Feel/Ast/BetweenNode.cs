namespace Workflows.Dmn.Feel.Ast;

internal sealed class BetweenNode(FeelNode value, FeelNode low, FeelNode high) : FeelNode
{
    public override object? Evaluate(FeelScope scope)
    {
        var v = value.Evaluate(scope);
        var lowOk = ComparisonNode.Apply(">=", v, low.Evaluate(scope));
        var highOk = ComparisonNode.Apply("<=", v, high.Evaluate(scope));
        if (lowOk is false || highOk is false) return false;
        return lowOk is null || highOk is null ? null : true;
    }
}
