using Workflows.Dmn.Feel.Ast;
using Workflows.Dmn.Feel.Syntax;
using Workflows.Dmn.Feel.Values;

namespace Workflows.Dmn.Feel;

/// <summary>A FEEL expression parsed once (per definition version) and evaluated any number of times.</summary>
public sealed class FeelExpression
{
    private readonly FeelNode _root;

    private FeelExpression(string text, FeelNode root)
    {
        Text = text;
        _root = root;
    }

    public string Text { get; }

    /// <summary>Parses the text; a syntax error or an unknown function throws <see cref="FeelException"/>.</summary>
    public static FeelExpression Compile(string text, FeelNameSet? names = null) =>
        new(text, FeelCompilation.Guard(() => FeelParser.ParseExpression(text, names ?? FeelNameSet.BuiltInsOnly)));

    public object? Evaluate(FeelScope scope) => _root.Evaluate(scope);

    /// <summary>A boxed expression (context, list, invocation) assembled from parsed parts; the text describes it.</summary>
    internal static FeelExpression FromNode(string text, FeelNode root) => new(text, root);

    internal FeelNode Root => _root;

    public object? Evaluate(IReadOnlyDictionary<string, object?> variables) =>
        _root.Evaluate(new FeelScope(variables.ToDictionary(e => e.Key, e => FeelValue.From(e.Value))));

    /// <summary>The variable this expression merely names, if it is that simple: lets a table read its input without evaluating.</summary>
    internal string? SimpleName => _root is NameNode name ? name.Name : null;
}
