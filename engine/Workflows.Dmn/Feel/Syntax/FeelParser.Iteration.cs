using Workflows.Dmn.Feel.Ast;

namespace Workflows.Dmn.Feel.Syntax;

internal sealed partial class FeelParser
{
    /// <summary>for x in xs, y in 1..3 return e | some x in xs satisfies e | every x in xs satisfies e.</summary>
    private FeelNode Iteration()
    {
        var kind = Next().Text;
        var clauses = new List<(string, FeelNode)>();
        var mark = _locals.Count;
        do
        {
            var name = Name();
            ExpectKeyword("in");
            var source = Expression();
            if (Accept("..")) source = new RangeNode(source, true, Expression(), true);
            clauses.Add((name, source));
            _locals.Add(name);
        } while (Accept(","));
        _locals.Add("partial");
        ExpectKeyword(kind == "for" ? "return" : "satisfies");
        var body = Expression();
        _locals.RemoveRange(mark, _locals.Count - mark);
        return new IterationNode(kind, clauses, body);
    }

    /// <summary>function(a, b: number) body.</summary>
    private FeelNode FunctionDefinition()
    {
        ExpectKeyword("function");
        Expect("(");
        var parameters = new List<string>();
        while (!Accept(")"))
        {
            if (parameters.Count > 0) Expect(",");
            parameters.Add(Name());
            if (Accept(":")) TypeName();
        }
        var mark = _locals.Count;
        _locals.AddRange(parameters);
        var body = Expression();
        _locals.RemoveRange(mark, _locals.Count - mark);
        return new FunctionDefinitionNode(parameters, body);
    }

    /// <summary>A type such as number, date and time, list&lt;string&gt; or context&lt;a: number&gt;: read as text.</summary>
    private string TypeName()
    {
        var start = Peek.Start;
        var depth = 0;
        var end = start;
        while (Peek.Kind != FeelTokenKind.End)
        {
            if (depth == 0 && (Peek.Is(",") || Peek.Is(")") || Peek.Is("]") || Peek.Is("}") || Peek.IsKeyword("and") && !IsTypeWord(PeekAt(1))
                || Peek.IsKeyword("or") || Peek.IsKeyword("then") || Peek.IsKeyword("else") || Peek.IsKeyword("return") || Peek.IsKeyword("satisfies")))
                break;
            if (Peek.Is("<")) depth++;
            if (Peek.Is(">")) depth--;
            end = Next().End;
        }
        return _text[start..end];
    }

    private static bool IsTypeWord(FeelToken token) => token.Kind == FeelTokenKind.Name && token.Text is "time" or "months";
}
