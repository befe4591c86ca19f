using Workflows.Dmn.Feel.Ast;
using Workflows.Dmn.Feel.UnaryTests;

namespace Workflows.Dmn.Feel.Syntax;

internal sealed partial class FeelParser
{
    /// <summary>A decision-table cell: '-', a comma list of positive unary tests, or not(that list).</summary>
    public static UnaryTestList ParseUnaryTests(string text, FeelNameSet names)
    {
        var parser = new FeelParser(text, names);
        if (parser.Peek.Kind == FeelTokenKind.End || (parser.Peek.Is("-") && parser.PeekAt(1).Kind == FeelTokenKind.End))
            return UnaryTestList.Anything;
        var negated = parser.Peek.IsKeyword("not") && parser.PeekAt(1).Is("(") && parser.ClosesAtEnd();
        if (negated) parser._pos += 2;
        var tests = new List<UnaryTest> { parser.PositiveUnaryTest(full: true) };
        while (parser.Accept(",")) tests.Add(parser.PositiveUnaryTest(full: true));
        if (negated) parser.Expect(")");
        parser.ExpectEnd();
        return new UnaryTestList(tests, negated);
    }

    /// <summary>Whether the '(' after 'not' closes at the very end, so not(...) negates the whole cell.</summary>
    private bool ClosesAtEnd()
    {
        var depth = 0;
        for (var i = _pos + 1; i < _tokens.Count; i++)
        {
            if (_tokens[i].Is("(")) depth++;
            else if (_tokens[i].Is(")") && --depth == 0) return _tokens[i + 1].Kind == FeelTokenKind.End;
        }
        return false;
    }

    /// <summary>After 'in': one positive unary test, or a parenthesised list of them.</summary>
    private UnaryTestList InTarget()
    {
        if (!Peek.Is("(")) return new UnaryTestList([PositiveUnaryTest(full: false)], false);
        var mark = _pos;
        _pos++;
        var first = PositiveUnaryTest(full: true);
        if (!Peek.Is(",") && !Peek.Is(")")) { _pos = mark; return new UnaryTestList([PositiveUnaryTest(full: false)], false); }
        var tests = new List<UnaryTest> { first };
        while (Accept(",")) tests.Add(PositiveUnaryTest(full: true));
        Expect(")");
        return new UnaryTestList(tests, false);
    }

    private UnaryTest PositiveUnaryTest(bool full)
    {
        if (Peek.Kind == FeelTokenKind.Symbol && Peek.Text is "<" or "<=" or ">" or ">=" or "=" or "!=")
            return new ComparisonTest(Next().Text, Additive());
        if (Peek.Is("]") || Peek.Is("[") || Peek.Is("("))
        {
            var mark = _pos;
            var open = Next().Text;
            if (!(open == "[" && Peek.Is("]")))
            {
                var start = Expression();
                if (Accept("..")) return new RangeTest(RangeEnd(start, open == "["));
            }
            _pos = mark;
        }
        var before = _usesInput;
        _usesInput = false;
        var expression = full ? Expression() : Additive();
        var usesInput = _usesInput;
        _usesInput |= before;
        return new ExpressionTest(expression, usesInput);
    }
}
