using System.Globalization;
using System.Text;

namespace Workflows.Dmn.Feel.Syntax;

/// <summary>Splits FEEL text into tokens; comments (// and /* */) and whitespace are dropped.</summary>
internal static class FeelLexer
{
    private static readonly string[] Symbols = ["**", "..", "<=", ">=", "!=", "=", "<", ">", "+", "-", "*", "/", "(", ")", "[", "]", "{", "}", ",", ".", ":"];

    public static List<FeelToken> Tokenize(string text)
    {
        var tokens = new List<FeelToken>();
        var i = 0;
        while (true)
        {
            i = SkipSpaceAndComments(text, i);
            if (i >= text.Length) break;
            var c = text[i];
            var start = i;
            if (char.IsDigit(c) || (c == '.' && i + 1 < text.Length && char.IsDigit(text[i + 1])))
            {
                while (i < text.Length && char.IsDigit(text[i])) i++;
                if (i + 1 < text.Length && text[i] == '.' && char.IsDigit(text[i + 1]))
                    for (i++; i < text.Length && char.IsDigit(text[i]); i++) { }
                if (i < text.Length && (text[i] == 'e' || text[i] == 'E'))
                {
                    var j = i + 1;
                    if (j < text.Length && (text[j] == '+' || text[j] == '-')) j++;
                    if (j < text.Length && char.IsDigit(text[j]))
                        for (i = j; i < text.Length && char.IsDigit(text[i]); i++) { }
                }
                tokens.Add(new(FeelTokenKind.Number, text[start..i], start, i));
            }
            else if (c == '"' || (c == '@' && i + 1 < text.Length && text[i + 1] == '"'))
            {
                var kind = c == '@' ? FeelTokenKind.At : FeelTokenKind.String;
                if (c == '@') i++;
                var (value, end) = ReadString(text, i);
                tokens.Add(new(kind, value, start, end));
                i = end;
            }
            else if (IsNameStart(c))
            {
                while (i < text.Length && IsNamePart(text[i])) i++;
                tokens.Add(new(FeelTokenKind.Name, text[start..i], start, i));
            }
            else
            {
                var symbol = Symbols.FirstOrDefault(s => string.CompareOrdinal(text, i, s, 0, s.Length) == 0)
                    ?? throw new FeelException($"Unexpected character '{c}' at position {i + 1}.");
                i += symbol.Length;
                tokens.Add(new(FeelTokenKind.Symbol, symbol, start, i));
            }
        }
        tokens.Add(new(FeelTokenKind.End, "", text.Length, text.Length));
        return tokens;
    }

    public static bool IsNameStart(char c) => char.IsLetter(c) || c == '_' || c == '?' || char.IsSurrogate(c);

    public static bool IsNamePart(char c) => IsNameStart(c) || char.IsDigit(c) || c == '\'';

    private static int SkipSpaceAndComments(string text, int i)
    {
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i])) i++;
            else if (string.CompareOrdinal(text, i, "//", 0, 2) == 0) { while (i < text.Length && text[i] != '\n') i++; }
            else if (string.CompareOrdinal(text, i, "/*", 0, 2) == 0)
            {
                var end = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                if (end < 0) throw new FeelException($"A comment opened at position {i + 1} is never closed.");
                i = end + 2;
            }
            else break;
        }
        return i;
    }

    private static (string Value, int End) ReadString(string text, int i)
    {
        var builder = new StringBuilder();
        for (var j = i + 1; j < text.Length; j++)
        {
            var c = text[j];
            if (c == '"') return (builder.ToString(), j + 1);
            if (c != '\\' || j + 1 >= text.Length) { builder.Append(c); continue; }
            var e = text[++j];
            switch (e)
            {
                case 'n': builder.Append('\n'); break;
                case 't': builder.Append('\t'); break;
                case 'r': builder.Append('\r'); break;
                case 'u' when j + 4 < text.Length:
                    builder.Append((char)int.Parse(text.AsSpan(j + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture)); j += 4; break;
                case 'U' when j + 6 < text.Length:
                    builder.Append(char.ConvertFromUtf32(int.Parse(text.AsSpan(j + 1, 6), NumberStyles.HexNumber, CultureInfo.InvariantCulture))); j += 6; break;
                case '"' or '\\' or '\'': builder.Append(e); break;
                default: builder.Append('\\').Append(e); break;
            }
        }
        throw new FeelException($"A string opened at position {i + 1} is never closed.");
    }
}
