namespace Workflows.Dmn.Feel.Ast;

/// <summary>
/// list[filter]: a number picks one item (1-based, negative from the end); anything else is a condition evaluated per
/// item with 'item' (and a context item's entries) in scope.
/// </summary>
internal sealed class FilterNode(FeelNode target, FeelNode filter) : FeelNode
{
    public override object? Evaluate(FeelScope scope)
    {
        var value = target.Evaluate(scope);
        if (value is null) return null;
        var list = value as IReadOnlyList<object?> ?? [value];
        var result = new List<object?>();
        foreach (var item in list)
        {
            var frame = item is IReadOnlyDictionary<string, object?> context
                ? new Dictionary<string, object?>(context) { ["item"] = item }
                : new Dictionary<string, object?> { ["item"] = item };
            var test = filter.Evaluate(new FeelScope(frame, scope));
            if (test is decimal index) return Index(list, index);
            if (test is true) result.Add(item);
        }
        return result;
    }

    private static object? Index(IReadOnlyList<object?> list, decimal index)
    {
        var i = (int)index;
        if (i > 0 && i <= list.Count) return list[i - 1];
        if (i < 0 && -i <= list.Count) return list[list.Count + i];
        return null;
    }
}
