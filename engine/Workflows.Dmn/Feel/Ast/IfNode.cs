namespace Workflows.Dmn.Feel.Ast;

/// <summary>if c then a else b: anything but true (false, null, a non-boolean) takes the else branch.</summary>
internal sealed class IfNode(FeelNode condition, FeelNode then, FeelNode otherwise) : FeelNode
{
    public override object? Evaluate(FeelScope scope) =>
        condition.Evaluate(scope) is true ? then.Evaluate(scope) : otherwise.Evaluate(scope);
}
