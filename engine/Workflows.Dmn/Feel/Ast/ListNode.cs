namespace Workflows.Dmn.Feel.Ast;

internal sealed class ListNode(IReadOnlyList<FeelNode> items) : FeelNode
{
    public override object? Evaluate(FeelScope scope)
    {
        var list = new List<object?>(items.Count);
        foreach (var item in items) list.Add(item.Evaluate(scope));
        return list;
    }
}
