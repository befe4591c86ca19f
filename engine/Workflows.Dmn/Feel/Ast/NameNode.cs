using Workflows.Dmn.Feel.Functions;

namespace Workflows.Dmn.Feel.Ast;

/// <summary>A variable reference. A name nobody supplied is null (FEEL), unless it names a built-in function.</summary>
internal sealed class NameNode(string name) : FeelNode
{
    public string Name { get; } = name;

    public override object? Evaluate(FeelScope scope)
    {
        if (scope.TryLookup(Name, out var value)) return value;
        return BuiltInFunctions.TryGet(Name, out var function) ? function : null;
    }
}
