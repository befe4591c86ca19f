using Workflows.Dmn.Evaluation;
using Workflows.Dmn.Parsing;

namespace Workflows.Tests.Dmn;

/// <summary>
/// A Camunda Modeler DMN 1.3 file (DishDecisionsTests.dmn beside this file) through the whole library: required
/// decisions first, table outputs feeding the next table by output name, a COLLECT table's one map per rule.
/// </summary>
public sealed class DishDecisionsTests
{
    private static readonly Lazy<DmnParseResult> Parsed = new(() =>
        DmnParser.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Dmn", "DishDecisionsTests.dmn"))));

    private static DmnEvaluation Evaluate(string decision, params (string Name, object? Value)[] variables)
    {
        Assert.True(Parsed.Value.Succeeded, string.Join("; ", Parsed.Value.Problems.Select(p => p.Message)));
        return DmnEvaluator.Evaluate(Parsed.Value.Definition!, decision, variables.ToDictionary(v => v.Name, v => v.Value));
    }

    [Fact]
    public void GivenAColdWeekday_WhenTheDishIsDecided_ThenSeasonAndGuestCountAreDecidedFirst()
    {
        var evaluation = Evaluate("dish", ("temperature", 5), ("dayType", "Weekday"));

        Assert.Equal(["season", "guestCount", "dish"], evaluation.Decisions.Select(d => d.DecisionId));
        Assert.Equal("Roastbeef", Assert.Single(evaluation.Result.Outputs)["desiredDish"]);
        Assert.Equal(["row-2"], evaluation.Result.MatchedRuleIds);
        Assert.Equal(["Winter", 4m], evaluation.Result.Inputs.Select(i => i.Value));
    }

    [Fact]
    public void GivenASummerWeekendWithChildren_WhenBeveragesAreCollected_ThenOneMapPerMatchedRuleInOrder()
    {
        var evaluation = Evaluate("beverages", ("temperature", 35), ("dayType", "Weekend"), ("guestsWithChildren", true));

        Assert.Equal(["season", "guestCount", "dish", "beverages"], evaluation.Decisions.Select(d => d.DecisionId));
        Assert.Equal(["row-16", "row-17", "row-18"], evaluation.Result.MatchedRuleIds);
        Assert.Equal(["Pinot Noir", "Apple Juice", "Water"], evaluation.Result.Outputs.Select(o => o["beverages"]));
    }
}
