using Workflows.Dmn.Evaluation;
using static Workflows.Tests.Dmn.DmnModels;

namespace Workflows.Tests.Dmn.Evaluation;

/// <summary>Decision requirement graphs, literal expressions, knowledge models and evaluation errors (issue 22).</summary>
public sealed class DmnEvaluatorTests
{
    [Fact]
    public void RequiredDecisions_AreEvaluatedFirst_EachOnce()
    {
        // top needs left and right; both need base: a diamond, so base must still run only once.
        var model = Model(
            Decision("top", Literal("left + right"), Requires("left") + Requires("right")) +
            Decision("left", Literal("base * 2"), Requires("base")) +
            Decision("right", Literal("base + 1"), Requires("base")) +
            Decision("base", Literal("x * 10")));

        var evaluation = DmnEvaluator.Evaluate(Parse(model), "top", new Dictionary<string, object?> { ["x"] = 1 });

        Assert.Equal(20m + 11m, evaluation.Result.Value);
        var order = evaluation.Decisions.Select(d => d.DecisionId).ToList();
        Assert.Equal(["base", "left", "right", "top"], order);
    }

    [Fact]
    public void LiteralExpression_ResultIsOneMapUnderTheVariableName()
    {
        var model = Model("""<decision id="d" name="Fee"><variable name="fee"/><literalExpression><text>amount * 0.01</text></literalExpression></decision>""");

        var result = Evaluate(model, "Fee", ("amount", 250));

        Assert.Equal(2.5m, Assert.Single(result.Outputs)["fee"]);
        Assert.Empty(result.MatchedRuleIds);
    }

    [Fact]
    public void DecisionTables_ReadRequiredDecisionsByName()
    {
        var model = Model(
            Decision("route", Table("FIRST", [Input("Risk Level")], [Output("team")], Rule("r1", "\"high\"", "|", "\"risk\""), Rule("r2", "-", "|", "\"L1\"")),
                Requires("risk"), name: "Route") +
            Decision("risk", Literal("if amount > 10000 then \"high\" else \"low\""), name: "Risk Level"));

        Assert.Equal("risk", Evaluate(model, "route", ("amount", 20000)).Value);
        Assert.Equal("L1", Evaluate(model, "Route", ("amount", 5)).Value);
    }

    [Fact]
    public void KnowledgeModels_AreInvokedAsFunctions()
    {
        var model = Model(
            Decision("d", Literal("Fee(amount, 0.02) + 1")) +
            """<businessKnowledgeModel id="bkm" name="Fee"><encapsulatedLogic><formalParameter name="value"/><formalParameter name="rate"/><literalExpression><text>value * rate</text></literalExpression></encapsulatedLogic></businessKnowledgeModel>""");

        Assert.Equal(3m, Evaluate(model, "d", ("amount", 100)).Value);
    }

    [Fact]
    public void TypeMismatchInACell_NamesTheDecisionTheRuleAndTheExpression()
    {
        var model = Model(Decision("d", Table("UNIQUE", [Input("amount")], [Output("x")], Rule("r7", "> 1000", "|", "1")), name: "Limit"));

        var error = Assert.Throws<DmnEvaluationException>(() => Evaluate(model, "d", ("amount", "1500")));

        Assert.Equal("d", error.DecisionId);
        Assert.Equal("rule 'r7'", error.Location);
        Assert.Equal("> 1000", error.Expression);
        Assert.Contains("Decision 'Limit' (d), rule 'r7', expression '> 1000': Cannot compare a string (\"1500\") with a number (1000).", error.Message);
    }

    [Fact]
    public void FailingInputExpression_NamesTheInput()
    {
        var model = Model(Decision("d", Table("UNIQUE", [Input("amount + \"x\"", id: "in1")], [Output("x")], Rule("r1", "-", "|", "1"))));

        var error = Assert.Throws<DmnEvaluationException>(() => Evaluate(model, "d", ("amount", 5)));

        Assert.Equal("input 'in1'", error.Location);
        Assert.Equal("amount + \"x\"", error.Expression);
    }

    [Fact]
    public void InputOutsideItsInputValues_IsAnErrorNamingTheInput()
    {
        var input = """<input id="color"><inputExpression><text>color</text></inputExpression><inputValues><text>"red","green"</text></inputValues></input>""";
        var model = Model(Decision("d", Table("FIRST", [input], [Output("x")], Rule("r1", "-", "|", "1"))));

        Assert.Equal(1m, Evaluate(model, "d", ("color", "red")).Value);
        var error = Assert.Throws<DmnEvaluationException>(() => Evaluate(model, "d", ("color", "purple")));
        Assert.Equal("input 'color'", error.Location);
        Assert.Contains("\"purple\", which is not one of its input values", error.Message);
    }

    [Fact]
    public void FailingLiteralExpression_NamesTheDecisionAndItsText()
    {
        var error = Assert.Throws<DmnEvaluationException>(() => Evaluate(Model(Decision("fee", Literal("amount * \"2\""), name: "Fee")), "fee", ("amount", 5)));

        Assert.Equal("amount * \"2\"", error.Expression);
        Assert.StartsWith("Decision 'Fee' (fee), literal expression 'fee_expression', expression 'amount * \"2\"': Cannot multiply a number (5)", error.Message);
    }

    [Fact]
    public void UnknownDecision_IsAnExplainedError()
    {
        var error = Assert.Throws<DmnEvaluationException>(() => Evaluate(Model(Decision("d", Literal("1"))), "nope"));

        Assert.Contains("no decision with this id or name", error.Message);
    }

    [Fact]
    public void CallerValues_OfEveryCommonClrTypeAreAccepted()
    {
        var model = Model(Decision("d", Literal("a + b + c")));

        Assert.Equal(6.5m, Evaluate(model, "d", ("a", 1), ("b", 2L), ("c", 3.5)).Value);
        Assert.Equal(2m, Evaluate(Model(Decision("d", Literal("count(xs)"))), "d", ("xs", System.Text.Json.JsonDocument.Parse("[1, 2]").RootElement)).Value);
    }
}
