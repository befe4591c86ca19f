using Workflows.Dmn.Model;
using Workflows.Dmn.Parsing;
using static Workflows.Tests.Dmn.DmnModels;

namespace Workflows.Tests.Dmn.Parsing;

/// <summary>DMN 1.1–1.3 files in, a compiled definition or problems that name the element and say what is wrong.</summary>
public sealed class DmnParserTests
{
    private static readonly string SimpleTable = Decision("d", Table("UNIQUE", [Input("x")], [Output("y")], Rule("r1", "> 1", "|", "\"big\"")));

    [Theory]
    [InlineData(Dmn11, "1.1")]
    [InlineData(Dmn12, "1.2")]
    [InlineData(Dmn13, "1.3")]
    public void EachDmnVersionsNamespace_IsRead(string ns, string version)
    {
        var definition = Parse(Model(SimpleTable, ns));

        Assert.Equal(version, definition.DmnVersion);
        var table = Assert.IsType<DecisionTableDefinition>(Assert.Single(definition.Decisions).Logic);
        Assert.Equal(HitPolicy.Unique, table.HitPolicy);
        Assert.Equal("r1", Assert.Single(table.Rules).Id);
    }

    [Theory]
    [InlineData("RULE ORDER", HitPolicy.RuleOrder)]
    [InlineData("OUTPUT ORDER", HitPolicy.OutputOrder)]
    [InlineData("PRIORITY", HitPolicy.Priority)]
    public void HitPolicies_WithSpacesAreRead(string text, HitPolicy expected)
    {
        var definition = Parse(Model(Decision("d", Table(text, [Input("x")], [Output("y")]))));

        Assert.Equal(expected, ((DecisionTableDefinition)definition.Decisions[0].Logic).HitPolicy);
    }

    private static DmnProblem SingleProblem(string xml)
    {
        var result = DmnParser.Parse(xml);
        Assert.False(result.Succeeded);
        return Assert.Single(result.Problems);
    }

    [Fact]
    public void MalformedXml_SaysWhere()
    {
        var problem = SingleProblem("<definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\"><decision>");

        Assert.Equal(DmnProblemCodes.XmlMalformed, problem.Code);
        Assert.Contains("line 1", problem.Message);
    }

    [Fact]
    public void Dtd_IsRefused()
    {
        var problem = SingleProblem("""<?xml version="1.0"?><!DOCTYPE d [<!ENTITY e SYSTEM "file:///etc/passwd">]>""" + Model(SimpleTable));

        Assert.Equal(DmnProblemCodes.XmlDtdProhibited, problem.Code);
    }

    [Fact]
    public void NotDmn_IsRefused()
    {
        Assert.Equal(DmnProblemCodes.NotDmn, SingleProblem("<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"/>").Code);
    }

    [Fact]
    public void UnknownHitPolicy_NamesTheTableAndListsTheValidOnes()
    {
        var problem = SingleProblem(Model(Decision("d", Table("SOMETIMES", [Input("x")], [Output("y")]))));

        Assert.Equal(DmnProblemCodes.UnknownHitPolicy, problem.Code);
        Assert.Equal("table", problem.ElementId);
        Assert.Contains("'SOMETIMES'", problem.Message);
        Assert.Contains("RULE ORDER", problem.Message);
    }

    [Fact]
    public void UnknownFunction_NamesTheCellAndTheFunction()
    {
        var problem = SingleProblem(Model(Decision("d", Table("UNIQUE", [Input("x")], [Output("y")], Rule("r1", "-", "|", "shout(x)")))));

        Assert.Equal(DmnProblemCodes.FeelInvalid, problem.Code);
        Assert.Equal("r1", problem.ElementId);
        Assert.Contains("Unknown function 'shout'", problem.Message);
    }

    [Fact]
    public void BadUnaryTest_NamesTheRule()
    {
        var problem = SingleProblem(Model(Decision("d", Table("UNIQUE", [Input("x")], [Output("y")], Rule("r1", "[1..", "|", "1")))));

        Assert.Equal("r1", problem.ElementId);
        Assert.Contains("'[1..'", problem.Message);
    }

    [Fact]
    public void AggregatorOnAnotherHitPolicy_IsAProblem()
    {
        var xml = Model(Decision("d", Table("FIRST", [Input("x")], [Output("y")]).Replace("hitPolicy=\"FIRST\"", "hitPolicy=\"FIRST\" aggregation=\"SUM\"")));

        Assert.Equal(DmnProblemCodes.AggregatorNeedsCollect, SingleProblem(xml).Code);
    }

    [Fact]
    public void UnnamedOutput_InATableWithSeveralOutputs_IsAProblem()
    {
        Assert.Equal(DmnProblemCodes.OutputWithoutName, SingleProblem(Model(Decision("d", Table("UNIQUE", [Input("x")], [Output(null), Output("z")])))).Code);
    }

    [Fact]
    public void RuleWithTheWrongNumberOfCells_IsAProblem()
    {
        var problem = SingleProblem(Model(Decision("d", Table("UNIQUE", [Input("x")], [Output("y")], Rule("r9", "1", "2", "|", "3")))));

        Assert.Equal(DmnProblemCodes.EntryCountMismatch, problem.Code);
        Assert.Equal("r9", problem.ElementId);
    }

    [Fact]
    public void RequirementCycle_AndUnknownReferences_AreProblems()
    {
        var cycle = DmnParser.Parse(Model(Decision("a", Literal("b"), Requires("b")) + Decision("b", Literal("a"), Requires("a"))));
        Assert.Contains(cycle.Problems, p => p.Code == DmnProblemCodes.RequirementCycle && p.Message.Contains("a → b → a"));

        var missing = DmnParser.Parse(Model(Decision("a", Literal("1"), Requires("ghost"))));
        Assert.Contains(missing.Problems, p => p.Code == DmnProblemCodes.UnknownReference && p.ElementId == "a" && p.Message.Contains("'ghost'"));
    }

    [Fact]
    public void DecisionWithoutLogic_IsAProblem()
    {
        Assert.Equal(DmnProblemCodes.MissingLogic, SingleProblem(Model("""<decision id="d" name="D"/>""")).Code);
    }

    [Fact]
    public void ExpressionLanguageOtherThanFeel_IsAProblem()
    {
        var xml = Model(Decision("d", Table("UNIQUE", [Input("x")], [Output("y")], Rule("r1", "> 1", "|", "1"))
            .Replace("<inputEntry>", "<inputEntry id=\"e1\" expressionLanguage=\"juel\">")));

        var problem = SingleProblem(xml);

        Assert.Equal(DmnProblemCodes.UnsupportedExpressionLanguage, problem.Code);
        Assert.Equal("e1", problem.ElementId);
        Assert.Contains("'juel'", problem.Message);
    }

    [Fact]
    public void TooLargeFile_IsRefused()
    {
        var result = DmnParser.Parse(Model(SimpleTable), new DmnParserOptions { MaxBytes = 100 });

        Assert.Equal(DmnProblemCodes.XmlTooLarge, Assert.Single(result.Problems).Code);
    }
}
