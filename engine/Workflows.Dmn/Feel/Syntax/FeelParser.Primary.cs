using Workflows.Dmn.Feel.Ast;
using Workflows.Dmn.Feel.Values;

namespace Workflows.Dmn.Feel.Syntax;

internal sealed partial class FeelParser
{
    private FeelNode Postfix()
    {
        var node = Primary(out var calleeText);
        while (true)
        {
            if (Accept(".")) node = new PathNode(node, Name());
            else if (!_inRangeEnd && Accept("["))
            {
                var filter = Expression();
                Expect("]");
                node = new FilterNode(node, filter);
            }
            else if (Peek.Is("("))
            {
                if (calleeText is not null && node is NameNode && !IsKnownFunction(calleeText))
                    throw new FeelException($"Unknown function '{calleeText}'.");
                node = Invocation(node, calleeText ?? "expression");
            }
            else return node;
            calleeText = null;
        }
    }

    private FeelNode Primary(out string? calleeText)
    {
        calleeText = null;
        var token = Peek;
        switch (token.Kind)
        {
            case FeelTokenKind.Number: _pos++; return new LiteralNode(ParseNumber(token.Text));
            case FeelTokenKind.String: _pos++; return new LiteralNode(token.Text);
            case FeelTokenKind.At: _pos++; return new LiteralNode(TemporalParser.ParseAtLiteral(token.Text));
            case FeelTokenKind.End: throw Error("expected an expression");
        }
        if (token.Is("(") || token.Is("]") || token.Is("[")) return BracketOrRange();
        if (token.Is("{")) return Context();
        if (token.Is("!="))
        {
            _pos++;
            return new NotEqualNode(Additive());
        }
        if (token.Kind == FeelTokenKind.Symbol && token.Text is "<" or "<=" or ">" or ">=" or "=")
        {
            _pos++;
            var end = Additive();
            return token.Text switch
            {
                "=" => new RangeNode(end, true, end, true),
                "<" or "<=" => new RangeNode(null, false, end, token.Text == "<=") { OpenEnded = true },
                _ => new RangeNode(end, token.Text == ">=", null, false) { OpenEnded = true },
            };
        }
        if (token.Kind != FeelTokenKind.Name) throw Error("expected an expression");
        switch (token.Text)
        {
            case "true": _pos++; return new LiteralNode(true);
            case "false": _pos++; return new LiteralNode(false);
            case "null": _pos++; return new LiteralNode(null);
            case "?": _pos++; _usesInput = true; return new InputNode();
        }
        if (Keywords.Contains(token.Text)) throw Error("expected an expression");
        calleeText = Name();
        return new NameNode(calleeText);
    }

    /// <summary>A name, joining the tokens of a known name with spaces or symbols, else adjacent plain words.</summary>
    private string Name()
    {
        var first = Peek;
        if (first.Kind != FeelTokenKind.Name) throw Error("expected a name");
        foreach (var candidate in _names.MultiWord.Concat(_locals))
        {
            if (candidate.Length <= first.Text.Length || !candidate.StartsWith(first.Text, StringComparison.Ordinal)) continue;
            var end = FeelNameSet.MatchAt(_text, first.Start, candidate);
            if (end < 0) continue;
            var last = _tokens.FindIndex(_pos, t => t.End >= end);
            if (last < 0 || _tokens[last].End != end) continue;
            _pos = last + 1;
            return candidate;
        }
        _pos++;
        var name = first.Text;
        while (Peek.Kind == FeelTokenKind.Name && !Keywords.Contains(Peek.Text) && Peek.Text != "?") name += " " + Next().Text;
        return name;
    }

    /// <summary>'(' may open a parenthesised expression or a range; '[' a list or a range; ']' always a range.</summary>
    private FeelNode BracketOrRange()
    {
        var open = Next().Text;
        if (open == "[" && Accept("]")) return new ListNode([]);
        var first = Expression();
        if (Accept("..")) return RangeEnd(first, open == "[");
        if (open == "(") { Expect(")"); return first; }
        if (open == "]") throw Error("expected '..'");
        var items = new List<FeelNode> { first };
        while (Accept(",")) items.Add(Expression());
        Expect("]");
        return new ListNode(items);
    }

    /// <summary>After '..': the end, read without list filters so the '[' of ']1..10[' closes the range.</summary>
    private RangeNode RangeEnd(FeelNode start, bool startIncluded)
    {
        var outer = _inRangeEnd;
        _inRangeEnd = true;
        var end = Expression();
        _inRangeEnd = outer;
        if (Accept("]")) return new RangeNode(start, startIncluded, end, true);
        if (Accept(")") || Accept("[")) return new RangeNode(start, startIncluded, end, false);
        throw Error("expected ']', ')' or '[' to close the range");
    }

    private FeelNode Context()
    {
        Expect("{");
        var entries = new List<(string?, FeelNode)>();
        var mark = _locals.Count;
        while (!Accept("}"))
        {
            if (entries.Count > 0) Expect(",");
            var key = Peek.Kind == FeelTokenKind.String ? Next().Text : Name();
            Expect(":");
            entries.Add((key, Expression()));
            _locals.Add(key);
        }
        _locals.RemoveRange(mark, _locals.Count - mark);
        return new ContextNode(entries);
    }

    private FeelNode Invocation(FeelNode callee, string calleeText)
    {
        Expect("(");
        var positional = new List<FeelNode>();
        List<(string, FeelNode)>? named = null;
        while (!Accept(")"))
        {
            if (positional.Count + (named?.Count ?? 0) > 0) Expect(",");
            var mark = _pos;
            if (Peek.Kind == FeelTokenKind.Name && !Keywords.Contains(Peek.Text))
            {
                var name = Name();
                if (Accept(":")) { (named ??= []).Add((name, Expression())); continue; }
                _pos = mark;
            }
            if (named is not null) throw Error("positional and named arguments cannot be mixed");
            positional.Add(Expression());
        }
        return new InvocationNode(callee, calleeText, positional, named);
    }
}
