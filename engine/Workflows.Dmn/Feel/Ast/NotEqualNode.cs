using Workflows.Dmn.Feel.Values;

namespace Workflows.Dmn.Feel.Ast;

internal sealed class NotEqualNode(FeelNode operand) : FeelNode
{
    public override object? Evaluate(FeelScope scope) => new NotEqualValue(operand.Evaluate(scope));
}
