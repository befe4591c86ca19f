using System.Globalization;
using Workflows.Dmn.Feel.Ast;
using Workflows.Dmn.Feel.Functions;

namespace Workflows.Dmn.Feel.Syntax;

/// <summary>
/// A recursive-descent parser for FEEL expressions (this file) and unary tests (FeelParser.UnaryTests.cs). Precedence,
/// loosest first: if/for/some/every/function, or, and, comparison (= != &lt; &lt;= &gt; &gt;= between in instance of),
/// + -, * /, unary -, **, then postfix path a.b, filter a[x] and invocation f(x).
/// </summary>
internal sealed partial class FeelParser
{
    private static readonly HashSet<string> Keywords =
        ["and", "or", "if", "then", "else", "in", "between", "instance", "of", "for", "return", "some", "every", "satisfies", "function", "true", "false", "null"];

    private readonly string _text;
    private readonly List<FeelToken> _tokens;
    private readonly FeelNameSet _names;
    private readonly List<string> _locals = [];
    private int _pos;
    private bool _inRangeEnd;

    private FeelParser(string text, FeelNameSet names)
    {
        _text = text;
        _names = names;
        _tokens = FeelLexer.Tokenize(text);
    }

    /// <summary>Whether the text read the unary-test input '?'.</summary>
    private bool _usesInput;

    public static FeelNode ParseExpression(string text, FeelNameSet names)
    {
        var parser = new FeelParser(text, names);
        var node = parser.Expression();
        parser.ExpectEnd();
        return node;
    }

    private FeelToken Peek => _tokens[_pos];

    private FeelToken PeekAt(int offset) => _tokens[Math.Min(_pos + offset, _tokens.Count - 1)];

    private FeelToken Next() => _tokens[_pos++ < _tokens.Count - 1 ? _pos - 1 : _tokens.Count - 1];

    private bool Accept(string symbol)
    {
        if (!Peek.Is(symbol)) return false;
        _pos++;
        return true;
    }

    private bool AcceptKeyword(string keyword)
    {
        if (!Peek.IsKeyword(keyword)) return false;
        _pos++;
        return true;
    }

    private void Expect(string symbol)
    {
        if (!Accept(symbol)) throw Error($"expected '{symbol}'");
    }

    private void ExpectKeyword(string keyword)
    {
        if (!AcceptKeyword(keyword)) throw Error($"expected '{keyword}'");
    }

    private void ExpectEnd()
    {
        if (Peek.Kind != FeelTokenKind.End) throw Error("unexpected text");
    }

    private FeelException Error(string what)
    {
        var found = Peek.Kind == FeelTokenKind.End ? "the end" : $"'{Peek.Text}'";
        return new FeelException($"Syntax error at position {Peek.Start + 1}: {what}, found {found}.");
    }

    private FeelNode Expression()
    {
        if (Peek.IsKeyword("if")) return If();
        if (Peek.IsKeyword("for") || Peek.IsKeyword("some") || Peek.IsKeyword("every")) return Iteration();
        if (Peek.IsKeyword("function") && PeekAt(1).Is("(")) return FunctionDefinition();
        return Disjunction();
    }

    private FeelNode If()
    {
        ExpectKeyword("if");
        var condition = Expression();
        ExpectKeyword("then");
        var then = Expression();
        ExpectKeyword("else");
        return new IfNode(condition, then, Expression());
    }

    private FeelNode Disjunction()
    {
        var left = Conjunction();
        while (AcceptKeyword("or")) left = new LogicalNode(false, left, Conjunction());
        return left;
    }

    private FeelNode Conjunction()
    {
        var left = Comparison();
        while (AcceptKeyword("and")) left = new LogicalNode(true, left, Comparison());
        return left;
    }

    private FeelNode Comparison()
    {
        var left = Additive();
        while (true)
        {
            if (Peek.Kind == FeelTokenKind.Symbol && Peek.Text is "=" or "!=" or "<" or "<=" or ">" or ">=")
                left = new ComparisonNode(Next().Text, left, Additive());
            else if (AcceptKeyword("between"))
            {
                var low = Additive();
                ExpectKeyword("and");
                left = new BetweenNode(left, low, Additive());
            }
            else if (AcceptKeyword("in")) left = new InNode(left, InTarget());
            else if (AcceptKeyword("instance"))
            {
                ExpectKeyword("of");
                left = new InstanceOfNode(left, TypeName());
            }
            else return left;
        }
    }

    private FeelNode Additive()
    {
        var left = Multiplicative();
        while (Peek.Is("+") || Peek.Is("-")) left = new ArithmeticNode(Next().Text, left, Multiplicative());
        return left;
    }

    private FeelNode Multiplicative()
    {
        var left = Power();
        while (Peek.Is("*") || Peek.Is("/")) left = new ArithmeticNode(Next().Text, left, Power());
        return left;
    }

    /// <summary>** is left-associative and binds looser than negation: -5 ** 2 = 25, 3 ** 4 ** 5 = 81 ** 5.</summary>
    private FeelNode Power()
    {
        var left = Unary();
        while (Accept("**")) left = new ArithmeticNode("**", left, Unary());
        return left;
    }

    private FeelNode Unary()
    {
        if (!Accept("-")) return Postfix();
        var operand = Unary();
        return operand is LiteralNode { Value: decimal d } ? new LiteralNode(-d) : new NegationNode(operand);
    }

    private decimal ParseNumber(string text) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number
            : throw new FeelException($"The number {text} at position {Peek.Start} is beyond the range of a FEEL number here (28 digits).");

    private bool IsKnownFunction(string name) =>
        BuiltInFunctions.TryGet(name, out _) || _names.Contains(name) || _locals.Contains(name);
}
