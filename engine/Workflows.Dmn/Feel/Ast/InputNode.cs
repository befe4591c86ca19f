namespace Workflows.Dmn.Feel.Ast;

/// <summary>'?': the value a unary test is applied to.</summary>
internal sealed class InputNode : FeelNode
{
    public override object? Evaluate(FeelScope scope) =>
        scope.HasInput ? scope.Input : throw new FeelException("'?' is used outside a unary test.");
}
