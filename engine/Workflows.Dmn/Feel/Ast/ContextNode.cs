namespace Workflows.Dmn.Feel.Ast;

/// <summary>
/// {a: 1, b: a + 1}: each entry sees the ones before it. A boxed context may end with an entry without a name, its
/// result: then the context's value is that entry's value.
/// </summary>
internal sealed class ContextNode(IReadOnlyList<(string? Key, FeelNode Value)> entries) : FeelNode
{
    public override object? Evaluate(FeelScope scope)
    {
        var context = new OrderedDictionary<string, object?>();
        var inner = new FeelScope(context, scope);
        foreach (var (key, value) in entries)
        {
            if (key is null) return value.Evaluate(inner);
            context[key] = value.Evaluate(inner);
        }
        return context;
    }
}
