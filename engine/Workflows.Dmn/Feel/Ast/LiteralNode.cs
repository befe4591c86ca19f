namespace Workflows.Dmn.Feel.Ast;

internal sealed class LiteralNode(object? value) : FeelNode
{
    public object? Value { get; } = value;

    public override object? Evaluate(FeelScope scope) => Value;
}
