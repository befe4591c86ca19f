using System.Text.Json;

namespace Workflows.Server.Identity.Scim;

/// <summary>
/// Recursive descent over RFC 7644's filter grammar: <c>or</c> binds looser than <c>and</c>, then <c>not (…)</c>,
/// parentheses, <c>attr[…]</c> value paths, <c>pr</c> and the comparisons. Operators and attribute names are
/// case-insensitive; values are JSON literals.
/// </summary>
public sealed class ScimFilterParser
{
    private static readonly HashSet<string> Comparisons = ["eq", "ne", "co", "sw", "ew", "gt", "lt", "ge", "le"];
    private readonly string _text;
    private int _at;

    private ScimFilterParser(string text) => _text = text;

    public static ScimFilter Parse(string text)
    {
        var parser = new ScimFilterParser(text);
        var filter = parser.Or();
        parser.SkipSpace();
        if (parser._at < text.Length) throw new ScimFilterException($"Unexpected '{text[parser._at..]}' at position {parser._at + 1}.");
        return filter;
    }

    private ScimFilter Or()
    {
        var left = And();
        while (TryKeyword("or")) left = new ScimLogical("or", left, And());
        return left;
    }

    private ScimFilter And()
    {
        var left = Unary();
        while (TryKeyword("and")) left = new ScimLogical("and", left, Unary());
        return left;
    }

    private ScimFilter Unary()
    {
        SkipSpace();
        if (TryKeyword("not"))
        {
            Expect('(');
            var inner = Or();
            Expect(')');
            return new ScimNot(inner);
        }
        if (TryChar('('))
        {
            var inner = Or();
            Expect(')');
            return inner;
        }
        var path = AttributePath();
        if (TryChar('['))
        {
            var inner = Or();
            Expect(']');
            // emails[type eq "work"].value is not a filter form of its own; a sub-attribute after ] belongs to PATCH paths.
            return new ScimValuePath(path, inner);
        }
        var op = Word().ToLowerInvariant();
        if (op == "pr") return new ScimPresent(path);
        if (!Comparisons.Contains(op)) throw new ScimFilterException($"'{op}' is not a SCIM operator after '{path}'.");
        return new ScimComparison(path, op, Value());
    }

    private string AttributePath()
    {
        SkipSpace();
        var start = _at;
        while (_at < _text.Length && (char.IsLetterOrDigit(_text[_at]) || _text[_at] is '.' or ':' or '_' or '-' or '$')) _at++;
        if (_at == start) throw new ScimFilterException($"Expected an attribute name at position {start + 1}.");
        var path = _text[start.._at];
        // A full URN prefix names the core schema's attribute: urn:…:User:userName is userName.
        var colon = path.LastIndexOf(':');
        return colon >= 0 ? path[(colon + 1)..] : path;
    }

    private JsonElement Value()
    {
        SkipSpace();
        var start = _at;
        if (_at < _text.Length && _text[_at] == '"')
        {
            _at++;
            while (_at < _text.Length && _text[_at] != '"') _at += _text[_at] == '\\' ? 2 : 1;
            if (_at >= _text.Length) throw new ScimFilterException("A string value is not closed.");
            _at++;
        }
        else
            while (_at < _text.Length && !char.IsWhiteSpace(_text[_at]) && _text[_at] is not (')' or ']')) _at++;
        try
        {
            return JsonDocument.Parse(_text[start.._at]).RootElement.Clone();
        }
        catch (JsonException)
        {
            throw new ScimFilterException($"'{_text[start.._at]}' is not a value: strings are quoted, and true, false, null and numbers are not.");
        }
    }

    private string Word()
    {
        SkipSpace();
        var start = _at;
        while (_at < _text.Length && char.IsLetter(_text[_at])) _at++;
        return _text[start.._at];
    }

    private bool TryKeyword(string keyword)
    {
        SkipSpace();
        var end = _at + keyword.Length;
        if (end > _text.Length || !_text.AsSpan(_at, keyword.Length).Equals(keyword, StringComparison.OrdinalIgnoreCase)) return false;
        if (end < _text.Length && !char.IsWhiteSpace(_text[end]) && _text[end] != '(') return false;
        _at = end;
        return true;
    }

    private bool TryChar(char c)
    {
        SkipSpace();
        if (_at >= _text.Length || _text[_at] != c) return false;
        _at++;
        return true;
    }

    private void Expect(char c)
    {
        if (!TryChar(c)) throw new ScimFilterException($"Expected '{c}' at position {_at + 1}.");
    }

    private void SkipSpace()
    {
        while (_at < _text.Length && char.IsWhiteSpace(_text[_at])) _at++;
    }
}
