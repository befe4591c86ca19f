using Workflows.Dmn.Feel.UnaryTests;

namespace Workflows.Dmn.Feel.Ast;

/// <summary>x in (tests): true when any positive unary test holds for x.</summary>
internal sealed class InNode(FeelNode value, UnaryTestList tests) : FeelNode
{
    public override object? Evaluate(FeelScope scope) => tests.Test(scope.WithInput(value.Evaluate(scope)));
}
