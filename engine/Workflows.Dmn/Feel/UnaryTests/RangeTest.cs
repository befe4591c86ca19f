using Workflows.Dmn.Feel.Ast;
using Workflows.Dmn.Feel.Values;

namespace Workflows.Dmn.Feel.UnaryTests;

/// <summary>[a..b], (a..b), ]a..b[ and the mixed forms.</summary>
internal sealed class RangeTest(RangeNode range) : UnaryTest
{
    public override bool? Test(FeelScope scope) => ((FeelRange)range.Evaluate(scope)!).Includes(scope.Input);
}
