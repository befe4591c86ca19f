using System.Xml.Linq;
using Workflows.Dmn.Evaluation;
using Workflows.Dmn.Parsing;

namespace Workflows.Tests.Dmn.Tck;

/// <summary>One result node of one TCK test case: passed or not, and why not.</summary>
internal sealed record TckOutcome(string Folder, string CaseId, string ResultNode, bool Passed, string? Failure);

/// <summary>
/// Runs the TCK folders under a compliance level: loads each model with our parser, evaluates every result node of
/// every test case with the case's inputs, and compares typed values. A result node marked errorResult passes when
/// the evaluation reports an error or gives null.
/// </summary>
internal static class TckRunner
{
    public static string Root => Path.Combine(AppContext.BaseDirectory, "Dmn", "Tck");

    public static List<TckOutcome> RunLevel(string level) =>
        Directory.GetDirectories(Path.Combine(Root, level)).Order(StringComparer.Ordinal).SelectMany(RunFolder).ToList();

    public static IEnumerable<TckOutcome> RunFolder(string folder)
    {
        var name = Path.GetFileName(folder);
        foreach (var testFile in Directory.GetFiles(folder, "*-test-*.xml").Order(StringComparer.Ordinal))
        {
            var tests = XDocument.Load(testFile).Root!;
            var modelFile = Path.Combine(folder, tests.Element(TckValues.Ns + "modelName")!.Value.Trim());
            var parsed = DmnParser.Parse(File.ReadAllText(modelFile));
            foreach (var testCase in tests.Elements(TckValues.Ns + "testCase"))
            {
                var caseId = (string?)testCase.Attribute("id") ?? "?";
                var inputs = testCase.Elements(TckValues.Ns + "inputNode")
                    .ToDictionary(n => (string)n.Attribute("name")!, n => TckValues.Read(n));
                foreach (var resultNode in testCase.Elements(TckValues.Ns + "resultNode"))
                {
                    var node = (string)resultNode.Attribute("name")!;
                    var (passed, failure) = parsed.Definition is null
                        ? (false, "model not loaded: " + string.Join(" ", parsed.Problems.Take(2).Select(p => $"[{p.ElementId}] {p.Message}")))
                        : Check(parsed, node, inputs, resultNode);
                    yield return new TckOutcome(name, caseId, node, passed, failure);
                }
            }
        }
    }

    private static (bool, string?) Check(DmnParseResult parsed, string node, Dictionary<string, object?> inputs, XElement resultNode)
    {
        var errorExpected = (string?)resultNode.Attribute("errorResult") == "true";
        var expected = TckValues.Read(resultNode.Element(TckValues.Ns + "expected")!);
        object? actual;
        try { actual = DmnEvaluator.Evaluate(parsed.Definition!, node, inputs).Result.Value; }
        catch (DmnEvaluationException e) { return errorExpected ? (true, null) : (false, "error: " + e.Message); }
        catch (Exception e) { return (false, $"unexplained {e.GetType().Name}: {e.Message}"); }
        if (errorExpected && actual is null) return (true, null);
        return TckComparer.Same(expected, actual)
            ? (true, null)
            : (false, $"expected {TckComparer.Show(expected)}, got {TckComparer.Show(actual)}");
    }
}
