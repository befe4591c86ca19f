using Workflows.Dmn.Feel.Ast;

namespace Workflows.Dmn.Feel.UnaryTests;

/// <summary>&lt; e, &lt;= e, &gt; e, &gt;= e, = e, != e.</summary>
internal sealed class ComparisonTest(string op, FeelNode endpoint) : UnaryTest
{
    public override bool? Test(FeelScope scope) => ComparisonNode.Apply(op, scope.Input, endpoint.Evaluate(scope));
}
