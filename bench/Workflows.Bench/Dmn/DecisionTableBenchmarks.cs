using System.Text;
using BenchmarkDotNet.Attributes;
using Workflows.Dmn.Evaluation;
using Workflows.Dmn.Model;
using Workflows.Dmn.Parsing;

namespace Workflows.Bench.Dmn;

/// <summary>
/// One evaluation of a 50-rule, 5-input UNIQUE decision table (issue 22: at most 20 µs), parsed and compiled once.
/// Every rule is tested (UNIQUE must prove no second match); the matching rule is the 49th, so most rules fail late.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 10)]
public class DecisionTableBenchmarks
{
    private DmnDefinition _definition = null!;
    private readonly Dictionary<string, object?> _variables = new()
    {
        ["amount"] = 4850m,
        ["category"] = "refund",
        ["Customer Segment"] = "VIP",
        ["channel"] = "wechat",
        ["age"] = 35m,
    };

    [GlobalSetup]
    public void Setup()
    {
        var result = DmnParser.Parse(Table());
        _definition = result.Definition ?? throw new InvalidOperationException(string.Join("; ", result.Problems.Select(p => p.Message)));
        if (Evaluate().MatchedRuleIds is not ["rule49"]) throw new InvalidOperationException("The benchmark table matched the wrong rule.");
    }

    [Benchmark(Description = "50 rules × 5 inputs, UNIQUE")]
    public DecisionResult Evaluate() => DmnEvaluator.Evaluate(_definition, "triage", _variables).Result;

    private static string Table()
    {
        var rules = new StringBuilder();
        for (var i = 0; i < 50; i++)
        {
            string[] cells =
            [
                $"[{i * 100}..{i * 100 + 100})",
                i % 3 == 0 ? "-" : "\"refund\", \"chargeback\", \"payment\"",
                i % 2 == 0 ? "not(\"blocked\")" : "\"VIP\", \"gold\"",
                i % 4 == 0 ? "-" : "\"wechat\", \"chat\", \"phone\"",
                i % 5 == 0 ? ">= 18" : "[18..120]",
            ];
            rules.Append($"<rule id=\"rule{i + 1}\">")
                .Append(string.Concat(cells.Select(c => $"<inputEntry><text>{System.Security.SecurityElement.Escape(c)}</text></inputEntry>")))
                .Append($"<outputEntry><text>\"team {i % 7}\"</text></outputEntry><outputEntry><text>{i * 2}</text></outputEntry></rule>");
        }
        string[] inputs = ["amount", "category", "Customer Segment", "channel", "age"];
        return $"""
            <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="bench" name="Bench" namespace="http://bench">
              <decision id="triage" name="Triage">
                <decisionTable id="table" hitPolicy="UNIQUE">
                  {string.Concat(inputs.Select((name, i) => $"<input id=\"i{i}\"><inputExpression><text>{name}</text></inputExpression></input>"))}
                  <output id="o1" name="team"/><output id="o2" name="priority"/>
                  {rules}
                </decisionTable>
              </decision>
            </definitions>
            """;
    }
}
