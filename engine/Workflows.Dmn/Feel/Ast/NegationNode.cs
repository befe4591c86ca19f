using Workflows.Dmn.Feel.Values;

namespace Workflows.Dmn.Feel.Ast;

internal sealed class NegationNode(FeelNode operand) : FeelNode
{
    public override object? Evaluate(FeelScope scope) => FeelArithmetic.Negate(operand.Evaluate(scope));
}
