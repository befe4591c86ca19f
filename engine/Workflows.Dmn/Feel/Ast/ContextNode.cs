namespace Workflows.Dmn.Feel.Ast;

/// <summary>{a: 1, b: a + 1}: each entry sees the ones before it.</summary>
internal sealed class ContextNode(IReadOnlyList<(string Key, FeelNode Value)> entries) : FeelNode
{
    public override object? Evaluate(FeelScope scope)
    {
        var context = new OrderedDictionary<string, object?>();
        var inner = new FeelScope(context, scope);
        foreach (var (key, value) in entries) context[key] = value.Evaluate(inner);
        return context;
    }
}
