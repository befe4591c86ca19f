using Workflows.Dmn.Feel.Values;

namespace Workflows.Dmn.Feel.Ast;

internal sealed class InstanceOfNode(FeelNode value, string typeName) : FeelNode
{
    public override object? Evaluate(FeelScope scope)
    {
        var v = value.Evaluate(scope);
        if (typeName == "Any") return v is not null;
        if (typeName.StartsWith("list", StringComparison.Ordinal)) return v is IReadOnlyList<object?>;
        if (typeName.StartsWith("context", StringComparison.Ordinal)) return v is IReadOnlyDictionary<string, object?>;
        if (typeName.StartsWith("range", StringComparison.Ordinal)) return v is FeelRange;
        if (typeName.StartsWith("function", StringComparison.Ordinal)) return v is FeelFunction;
        return v is not null && FeelValue.TypeName(v) == typeName || (typeName == "Null" && v is null);
    }
}
