using System.Text.RegularExpressions;
using Workflows.Server.Problems;

namespace Workflows.Desk.Macros;

/// <summary>
/// A canned reply's text with placeholders such as <c>{{customer.name}}</c> and <c>{{case.number}}</c>. Checked when
/// the macro is saved, so an unknown or unclosed placeholder is an editor's error and never reaches a customer.
/// </summary>
public static partial class MacroTemplate
{
    public static readonly IReadOnlyList<string> Placeholders = ["customer.name", "case.number", "case.subject", "agent.name"];

    [GeneratedRegex(@"\{\{\s*([^{}]*?)\s*\}\}")]
    private static partial Regex Placeholder();

    public static Mistake? Check(string body)
    {
        foreach (Match match in Placeholder().Matches(body))
            if (!Placeholders.Contains(match.Groups[1].Value))
                return Mistake.Of("macro.placeholder.unknown", "body", $"{match.Value} is not a placeholder; use one of {string.Join(", ", Placeholders.Select(p => "{{" + p + "}}"))}.",
                    ("placeholder", match.Value), ("known", string.Join(", ", Placeholders)));
        var rest = Placeholder().Replace(body, "");
        return rest.Contains("{{") || rest.Contains("}}")
            ? Mistake.Of("macro.placeholder.unclosed", "body", "A placeholder is written {{name}}, with two braces on each side.")
            : null;
    }

    /// <summary>The text with each placeholder filled; throws on one <see cref="Check"/> would have refused.</summary>
    public static string Render(string body, IReadOnlyDictionary<string, string> values) =>
        Placeholder().Replace(body, m => values.TryGetValue(m.Groups[1].Value, out var value) ? value
            : throw new InvalidOperationException($"The macro uses {m.Value}, which has no value."));
}
