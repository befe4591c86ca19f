using System.Xml.Linq;
using Workflows.Dmn.Feel;
using Workflows.Dmn.Feel.Syntax;

namespace Workflows.Dmn.Parsing;

/// <summary>What the readers share while parsing one file: its namespace, the names FEEL may use, and the problems found.</summary>
internal sealed class DmnReadContext(XNamespace ns, FeelNameSet names, List<DmnProblem> problems)
{
    public XNamespace Ns { get; } = ns;

    public FeelNameSet Names { get; } = names;

    public List<DmnProblem> Problems { get; } = problems;

    public void Problem(string? elementId, string code, string message) => Problems.Add(new(elementId, code, message));

    /// <summary>The element's id, or a problem saying which element lacks one.</summary>
    public string Id(XElement element, string fallback)
    {
        var id = (string?)element.Attribute("id");
        return string.IsNullOrWhiteSpace(id) ? fallback : id;
    }

    public static string? Text(XElement? element, XNamespace ns) => element?.Element(ns + "text")?.Value.Trim();

    /// <summary>
    /// FEEL is the only expression language here: an element (or the file) that names another, such as Camunda 7's
    /// "juel" or "javascript", is a problem rather than text read as FEEL by mistake.
    /// </summary>
    public void CheckLanguage(XElement element, string elementId)
    {
        var language = element.AncestorsAndSelf().Select(e => (string?)e.Attribute("expressionLanguage")).FirstOrDefault(l => l is not null);
        if (language is not null && !language.Contains("feel", StringComparison.OrdinalIgnoreCase))
            Problem(elementId, DmnProblemCodes.UnsupportedExpressionLanguage, $"The expression language '{language}' is not supported; only FEEL is.");
    }

    /// <summary>Compiles an expression; an empty text is null. A syntax error becomes a problem on the element.</summary>
    public FeelExpression? Expression(string? text, string elementId, string what)
    {
        try { return FeelExpression.Compile(string.IsNullOrWhiteSpace(text) ? "null" : text, Names); }
        catch (FeelException e)
        {
            Problem(elementId, DmnProblemCodes.FeelInvalid, $"The {what} '{text}' is not valid FEEL: {e.Message}");
            return null;
        }
    }

    public FeelUnaryTests? UnaryTests(string? text, string elementId, string what)
    {
        try { return FeelUnaryTests.Compile(text ?? "", Names); }
        catch (FeelException e)
        {
            Problem(elementId, DmnProblemCodes.FeelInvalid, $"The {what} '{text}' is not valid FEEL: {e.Message}");
            return null;
        }
    }

    /// <summary>An href such as "#d_1" or "other.dmn#d_1", as the id it points to.</summary>
    public static string Href(XElement? element)
    {
        var href = (string?)element?.Attribute("href") ?? "";
        var hash = href.IndexOf('#');
        return hash >= 0 ? href[(hash + 1)..] : href;
    }
}
