using System.Security;
using Workflows.Dmn.Evaluation;
using Workflows.Dmn.Model;
using Workflows.Dmn.Parsing;

namespace Workflows.Tests.Dmn;

/// <summary>Small inline DMN models for the unit tests: a decision table from its columns and rows, in one line each.</summary>
internal static class DmnModels
{
    public const string Dmn11 = "http://www.omg.org/spec/DMN/20151101/dmn.xsd";
    public const string Dmn12 = "http://www.omg.org/spec/DMN/20180521/MODEL/";
    public const string Dmn13 = "https://www.omg.org/spec/DMN/20191111/MODEL/";

    public static string Model(string body, string ns = Dmn13) =>
        $"""<definitions xmlns="{ns}" id="definitions" name="Test" namespace="http://test">{body}</definitions>""";

    public static string Decision(string id, string logic, string requirements = "", string? name = null) =>
        $"""<decision id="{id}" name="{name ?? id}">{requirements}{logic}</decision>""";

    public static string Requires(string decisionId) => $"""<informationRequirement><requiredDecision href="#{decisionId}"/></informationRequirement>""";

    public static string Literal(string text) => $"<literalExpression><text>{Escape(text)}</text></literalExpression>";

    public static string Table(string hitPolicy, string[] inputs, string[] outputs, params string[] rules) =>
        $"""<decisionTable id="table" hitPolicy="{hitPolicy}">{string.Concat(inputs)}{string.Concat(outputs)}{string.Concat(rules)}</decisionTable>""";

    public static string Collect(string aggregation, string[] inputs, string[] outputs, params string[] rules) =>
        Table("COLLECT", inputs, outputs, rules).Replace("hitPolicy=\"COLLECT\"", $"hitPolicy=\"COLLECT\" aggregation=\"{aggregation}\"");

    public static string Input(string expression, string? id = null) =>
        $"""<input id="{id ?? "in_" + Math.Abs(expression.GetHashCode())}"><inputExpression><text>{Escape(expression)}</text></inputExpression></input>""";

    public static string Output(string? name, string? outputValues = null, string? defaultValue = null)
    {
        var values = outputValues is null ? "" : $"<outputValues><text>{Escape(outputValues)}</text></outputValues>";
        var fallback = defaultValue is null ? "" : $"<defaultOutputEntry><text>{Escape(defaultValue)}</text></defaultOutputEntry>";
        return $"""<output id="out_{name ?? "single"}"{(name is null ? "" : $" name=\"{name}\"")}>{values}{fallback}</output>""";
    }

    /// <summary>A rule: its input cells, then "|", then its output cells.</summary>
    public static string Rule(string id, params string[] cells)
    {
        var bar = Array.IndexOf(cells, "|");
        var inputs = cells.Take(bar).Select(c => $"<inputEntry><text>{Escape(c)}</text></inputEntry>");
        var outputs = cells.Skip(bar + 1).Select(c => $"<outputEntry><text>{Escape(c)}</text></outputEntry>");
        return $"""<rule id="{id}">{string.Concat(inputs)}{string.Concat(outputs)}</rule>""";
    }

    public static DmnDefinition Parse(string xml)
    {
        var result = DmnParser.Parse(xml);
        Assert.True(result.Succeeded, string.Join("; ", result.Problems.Select(p => $"[{p.ElementId}] {p.Message}")));
        return result.Definition!;
    }

    public static DecisionResult Evaluate(string xml, string decision, params (string Name, object? Value)[] variables) =>
        DmnEvaluator.Evaluate(Parse(xml), decision, variables.ToDictionary(v => v.Name, v => v.Value)).Result;

    private static string Escape(string text) => SecurityElement.Escape(text);
}
