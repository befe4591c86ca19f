using Workflows.Dmn.Evaluation;
using static Workflows.Tests.Dmn.DmnModels;

namespace Workflows.Tests.Dmn.Evaluation;

/// <summary>Each hit policy and aggregator of DMN 1.3 (8.2.11), on a one-input table over "age" (issue 22).</summary>
public sealed class HitPolicyEvaluatorTests
{
    private static string Categorize(string table) => Model(Decision("d", table, name: "Category"));

    private static readonly string[] Age = [Input("age")];

    [Fact]
    public void Unique_ReturnsTheOneMatchedRule_UnderTheDecisionsNameWhenTheOutputHasNone()
    {
        var result = Evaluate(Categorize(Table("UNIQUE", Age, [Output(null)], Rule("r1", "< 18", "|", "\"minor\""), Rule("r2", ">= 18", "|", "\"adult\""))), "d", ("age", 20));

        Assert.Equal(["r2"], result.MatchedRuleIds);
        Assert.Equal("adult", Assert.Single(result.Outputs)["Category"]);
        Assert.Equal("adult", result.Value);
        Assert.Equal(20m, Assert.Single(result.Inputs).Value);
    }

    [Fact]
    public void Unique_SeveralMatches_IsAnErrorNamingTheRules()
    {
        var model = Categorize(Table("UNIQUE", Age, [Output("x")], Rule("r1", "> 10", "|", "1"), Rule("r2", "> 15", "|", "2")));

        var error = Assert.Throws<DmnEvaluationException>(() => Evaluate(model, "d", ("age", 20)));

        Assert.Contains("UNIQUE", error.Message);
        Assert.Contains("r1, r2", error.Message);
        Assert.Equal("d", error.DecisionId);
    }

    [Fact]
    public void First_ReturnsTheFirstMatchInRuleOrder()
    {
        var result = Evaluate(Categorize(Table("FIRST", Age, [Output("x")], Rule("r1", "< 10", "|", "1"), Rule("r2", "> 15", "|", "2"), Rule("r3", "-", "|", "3"))), "d", ("age", 20));

        Assert.Equal(["r2"], result.MatchedRuleIds);
        Assert.Equal(2m, result.Value);
    }

    [Fact]
    public void Any_MatchesThatAgree_GiveOneResult()
    {
        var result = Evaluate(Categorize(Table("ANY", Age, [Output("x")], Rule("r1", "> 10", "|", "\"ok\""), Rule("r2", "> 15", "|", "\"ok\""))), "d", ("age", 20));

        Assert.Equal("ok", Assert.Single(result.Outputs)["x"]);
    }

    [Fact]
    public void Any_MatchesThatDisagree_IsAnError()
    {
        var model = Categorize(Table("ANY", Age, [Output("x")], Rule("r1", "> 10", "|", "\"ok\""), Rule("r2", "> 15", "|", "\"no\"")));

        var error = Assert.Throws<DmnEvaluationException>(() => Evaluate(model, "d", ("age", 20)));

        Assert.Contains("ANY", error.Message);
        Assert.Contains("r1, r2", error.Message);
    }

    private static string Ranked(string hitPolicy) => Categorize(Table(hitPolicy, Age, [Output("level", "\"high\", \"medium\", \"low\"")],
        Rule("r1", "> 1", "|", "\"low\""), Rule("r2", "> 2", "|", "\"high\""), Rule("r3", "> 3", "|", "\"medium\""), Rule("r4", "< 0", "|", "\"high\"")));

    [Fact]
    public void Priority_ReturnsTheMatchWhoseOutputComesFirstInTheOutputValues()
    {
        var result = Evaluate(Ranked("PRIORITY"), "d", ("age", 20));

        Assert.Equal(["r2"], result.MatchedRuleIds);
        Assert.Equal("high", result.Value);
    }

    [Fact]
    public void OutputOrder_ReturnsEveryMatchRankedByTheOutputValues()
    {
        var result = Evaluate(Ranked("OUTPUT ORDER"), "d", ("age", 20));

        Assert.Equal(["r2", "r3", "r1"], result.MatchedRuleIds);
        Assert.Equal(["high", "medium", "low"], result.Outputs.Select(o => o["level"]));
        Assert.Equal(new object?[] { "high", "medium", "low" }, (IEnumerable<object?>)result.Value!);
    }

    [Fact]
    public void RuleOrder_ReturnsEveryMatchInRuleOrder()
    {
        var result = Evaluate(Ranked("RULE ORDER"), "d", ("age", 20));

        Assert.Equal(["r1", "r2", "r3"], result.MatchedRuleIds);
        Assert.Equal(["low", "high", "medium"], result.Outputs.Select(o => o["level"]));
    }

    [Fact]
    public void Collect_WithoutAggregator_ReturnsOneMapPerMatchedRule()
    {
        var result = Evaluate(Categorize(Table("COLLECT", Age, [Output("a"), Output("b")], Rule("r1", "-", "|", "1", "\"x\""), Rule("r2", "< 0", "|", "2", "\"y\""), Rule("r3", "-", "|", "3", "\"z\""))), "d", ("age", 20));

        Assert.Equal(["r1", "r3"], result.MatchedRuleIds);
        Assert.Equal([1m, 3m], result.Outputs.Select(o => o["a"]));
        Assert.Equal(["x", "z"], result.Outputs.Select(o => o["b"]));
    }

    [Theory]
    [InlineData("SUM", 60)]
    [InlineData("MIN", 10)]
    [InlineData("MAX", 30)]
    [InlineData("COUNT", 3)]
    public void Collect_WithAggregator_ReturnsOneMapWithTheAggregate(string aggregation, int expected)
    {
        var model = Categorize(Collect(aggregation, Age, [Output("score")],
            Rule("r1", "-", "|", "10"), Rule("r2", "-", "|", "30"), Rule("r3", "< 0", "|", "1000"), Rule("r4", "-", "|", "20")));

        var result = Evaluate(model, "d", ("age", 20));

        Assert.Equal((decimal)expected, Assert.Single(result.Outputs)["score"]);
        Assert.Equal(["r1", "r2", "r4"], result.MatchedRuleIds);
    }

    [Theory]
    [InlineData("SUM", null)]
    [InlineData("COUNT", 0)]
    public void Collect_WithAggregator_NoMatch_IsNullExceptCountWhichIsZero(string aggregation, int? expected)
    {
        var result = Evaluate(Categorize(Collect(aggregation, Age, [Output("score")], Rule("r1", "< 0", "|", "10"))), "d", ("age", 20));

        Assert.Equal(expected is null ? null : (decimal)expected, result.Value);
    }

    [Fact]
    public void DefaultOutputEntry_AppliesWhenNoRuleMatches()
    {
        var model = Categorize(Table("UNIQUE", Age, [Output("tier", defaultValue: "\"standard\""), Output("discount")], Rule("r1", "> 60", "|", "\"senior\"", "10")));

        var result = Evaluate(model, "d", ("age", 20));

        Assert.Empty(result.MatchedRuleIds);
        var outputs = Assert.Single(result.Outputs);
        Assert.Equal("standard", outputs["tier"]);
        Assert.Null(outputs["discount"]);
    }

    [Fact]
    public void NoMatch_WithoutDefaults_GivesNoOutputsAndNull()
    {
        var result = Evaluate(Categorize(Table("UNIQUE", Age, [Output("x")], Rule("r1", "> 60", "|", "1"))), "d", ("age", 20));

        Assert.Empty(result.Outputs);
        Assert.Null(result.Value);
    }

    [Fact]
    public void SeveralInputs_AllCellsMustHold_AndNullInputsMatchOnlyDashOrNull()
    {
        var model = Categorize(Table("FIRST", [Input("age"), Input("Customer Segment")], [Output("x")],
            Rule("r1", ">= 18", "\"VIP\"", "|", "\"vip adult\""), Rule("r2", "null", "-", "|", "\"no age\""), Rule("r3", "-", "-", "|", "\"other\"")));

        Assert.Equal("vip adult", Evaluate(model, "d", ("age", 30), ("Customer Segment", "VIP")).Value);
        Assert.Equal("other", Evaluate(model, "d", ("age", 30), ("Customer Segment", "basic")).Value);
        Assert.Equal("no age", Evaluate(model, "d", ("age", null), ("Customer Segment", "VIP")).Value);
    }
}
