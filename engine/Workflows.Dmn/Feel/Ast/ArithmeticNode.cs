using Workflows.Dmn.Feel.Values;

namespace Workflows.Dmn.Feel.Ast;

internal sealed class ArithmeticNode(string op, FeelNode left, FeelNode right) : FeelNode
{
    public override object? Evaluate(FeelScope scope)
    {
        var l = left.Evaluate(scope);
        var r = right.Evaluate(scope);
        return op switch
        {
            "+" => FeelArithmetic.Add(l, r),
            "-" => FeelArithmetic.Subtract(l, r),
            "*" => FeelArithmetic.Multiply(l, r),
            "/" => FeelArithmetic.Divide(l, r),
            _ => FeelArithmetic.Power(l, r),
        };
    }
}
