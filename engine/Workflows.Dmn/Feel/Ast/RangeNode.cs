using Workflows.Dmn.Feel.Values;

namespace Workflows.Dmn.Feel.Ast;

internal sealed class RangeNode(FeelNode? start, bool startIncluded, FeelNode? end, bool endIncluded) : FeelNode
{
    public bool OpenEnded { get; init; }

    public override object? Evaluate(FeelScope scope) =>
        new FeelRange(start?.Evaluate(scope), startIncluded, end?.Evaluate(scope), endIncluded) { OpenEnded = OpenEnded };
}
