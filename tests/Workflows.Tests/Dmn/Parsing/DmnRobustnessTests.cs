using Workflows.Dmn.Evaluation;
using Workflows.Dmn.Feel;
using Workflows.Dmn.Parsing;
using static Workflows.Tests.Dmn.DmnModels;

namespace Workflows.Tests.Dmn.Parsing;

/// <summary>
/// "Never throw an unexplained exception" (issue 22): thousands of mangled models and FEEL texts give problems or
/// explained evaluation errors, nothing else. Deterministic: the same seed every run.
/// </summary>
public sealed class DmnRobustnessTests
{
    private static readonly string Valid = Model(
        Decision("top", Literal("if Risk Level = \"high\" then fee * 2 else date(\"2026-01-31\") + duration(\"P1M\")"), Requires("risk"), name: "Top") +
        Decision("risk", Table("PRIORITY", [Input("amount"), Input("category")], [Output("level", "\"high\",\"low\"")],
            Rule("r1", "[1000..5000)", "\"refund\", \"payment\"", "|", "\"high\""),
            Rule("r2", "not(< 0)", "-", "|", "\"low\"")), name: "Risk Level"));

    private static readonly string[] Fragments =
        ["<", ">", "\"", "(", ")", "[", "]", "..", "-", "**", "@\"", "P9999999999D", "99999999999999999999999999999999", "not(",
         "date and time(\"9999-12-31T24:00:00\")", "&lt;", "<!--", "]]>", "{a:", ",", "?", "null", "\\u", "\u0000", "x y z"];

    [Fact]
    public void MangledModels_GiveProblemsOrExplainedErrors_NeverAnotherException()
    {
        var random = new Random(22);
        var evaluated = 0;
        for (var i = 0; i < 3000; i++)
        {
            var xml = Valid;
            for (var edits = random.Next(1, 4); edits > 0; edits--)
            {
                var at = random.Next(xml.Length);
                xml = random.Next(3) switch
                {
                    0 => xml.Remove(at, Math.Min(random.Next(1, 6), xml.Length - at)),
                    1 => xml.Insert(at, Fragments[random.Next(Fragments.Length)]),
                    _ => xml.Insert(at, ((char)random.Next(32, 127)).ToString()),
                };
            }
            var parsed = DmnParser.Parse(xml);
            if (!parsed.Succeeded) { Assert.NotEmpty(parsed.Problems); continue; }
            evaluated++;
            foreach (var decision in parsed.Definition!.Decisions)
            {
                try { DmnEvaluator.Evaluate(parsed.Definition, decision.Id, new Dictionary<string, object?> { ["amount"] = 1500, ["category"] = "refund", ["fee"] = 3 }); }
                catch (DmnEvaluationException e) { Assert.False(string.IsNullOrWhiteSpace(e.Message)); }
            }
        }
        Assert.True(evaluated > 100, $"Only {evaluated} of the mangled models parsed; the test would not reach evaluation.");
    }

    [Theory]
    [InlineData("1e99999")]
    [InlineData("99999999999999999999999999999999")]
    [InlineData("@\"P99999999999999D\"")]
    [InlineData("\"unclosed")]
    [InlineData("/* open comment")]
    [InlineData("a[1")]
    [InlineData("{a: 1")]
    [InlineData("function(a")]
    [InlineData("for x in")]
    [InlineData("#")]
    public void BadFeel_IsAFeelExceptionWithASentence(string text)
    {
        try { FeelExpression.Compile(text).Evaluate(new FeelScope()); }
        catch (FeelException e) { Assert.EndsWith(".", e.Message); }
    }
}
