using Workflows.Dmn.Feel.Functions;

namespace Workflows.Dmn.Feel.Syntax;

/// <summary>
/// The names an expression may use that the tokenizer alone cannot find: names with spaces or symbols ("Applicant
/// Age", "Pre-bureau risk category", "date and time"). Built once per definition and shared by all its expressions.
/// </summary>
public sealed class FeelNameSet
{
    public static readonly FeelNameSet BuiltInsOnly = new([]);

    private readonly HashSet<string> _all;

    public FeelNameSet(IEnumerable<string> names)
    {
        _all = new HashSet<string>(names, StringComparer.Ordinal);
        _all.UnionWith(BuiltInFunctions.Names);
        MultiWord = _all.Where(n => n.Any(c => !FeelLexer.IsNamePart(c))).OrderByDescending(n => n.Length).ToArray();
    }

    /// <summary>Names that span several tokens, longest first so "date and time" wins over "date".</summary>
    internal IReadOnlyList<string> MultiWord { get; }

    public bool Contains(string name) => _all.Contains(name);

    /// <summary>Where a name ends when it starts at <paramref name="start"/> of the text (spaces match any run of spaces), or -1.</summary>
    internal static int MatchAt(string text, int start, string name)
    {
        int i = 0, j = start;
        while (i < name.Length)
        {
            if (j >= text.Length) return -1;
            if (char.IsWhiteSpace(name[i]))
            {
                if (!char.IsWhiteSpace(text[j])) return -1;
                while (i < name.Length && char.IsWhiteSpace(name[i])) i++;
                while (j < text.Length && char.IsWhiteSpace(text[j])) j++;
                continue;
            }
            if (name[i] != text[j]) return -1;
            i++; j++;
        }
        return j < text.Length && FeelLexer.IsNamePart(text[j]) && FeelLexer.IsNamePart(name[^1]) ? -1 : j;
    }
}
