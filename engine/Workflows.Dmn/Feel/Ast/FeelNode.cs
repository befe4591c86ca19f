namespace Workflows.Dmn.Feel.Ast;

/// <summary>One node of a parsed FEEL expression; parsing happens once per definition, evaluation many times.</summary>
internal abstract class FeelNode
{
    public abstract object? Evaluate(FeelScope scope);
}
