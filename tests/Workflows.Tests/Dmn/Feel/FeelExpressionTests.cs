using Workflows.Dmn.Feel;
using Workflows.Dmn.Feel.Syntax;
using Workflows.Dmn.Feel.Values;

namespace Workflows.Tests.Dmn.Feel;

/// <summary>FEEL expressions as decision tables use them (issue 22, part 2): decimal arithmetic, null, names, functions, temporals.</summary>
public sealed class FeelExpressionTests
{
    private static object? Eval(string text, params (string Name, object? Value)[] variables) =>
        FeelExpression.Compile(text, new FeelNameSet(variables.Select(v => v.Name))).Evaluate(variables.ToDictionary(v => v.Name, v => v.Value));

    [Fact]
    public void Arithmetic_IsDecimal_NotBinaryFloatingPoint()
    {
        Assert.Equal(0.3m, Eval("0.1 + 0.2"));
        Assert.Equal(true, Eval("0.1 + 0.2 = 0.3"));
        Assert.Equal(0.0001m, Eval("10 ** -4"));
        Assert.Equal(2.5m, Eval("10 / 4"));
        Assert.Equal(1024m, Eval("2 ** 10"));
        Assert.Equal(-11m, Eval("-(5 + 6)"));
    }

    [Theory]
    [InlineData("null + 1")]
    [InlineData("10 / 0")]
    [InlineData("null < 5")]
    [InlineData("x.y")]
    [InlineData("missing")]
    [InlineData("floor(null)")]
    public void NullSemantics_UnknownOperandsGiveNull(string text) => Assert.Null(Eval(text));

    [Fact]
    public void NullSemantics_EqualityAndThreeValuedLogic()
    {
        Assert.Equal(true, Eval("null = null"));
        Assert.Equal(false, Eval("1 = null"));
        Assert.Equal(false, Eval("false and null"));
        Assert.Equal(true, Eval("true or null"));
        Assert.Null(Eval("true and null"));
        Assert.Equal("no", Eval("if null then \"yes\" else \"no\""));
    }

    [Fact]
    public void Names_MayContainSpaces_AndPathsReadContexts()
    {
        var customer = new Dictionary<string, object?> { ["home address"] = new Dictionary<string, object?> { ["city"] = "Hangzhou" } };

        Assert.Equal(30m, Eval("Monthly Income * 2", ("Monthly Income", 15)));
        Assert.Equal("Hangzhou", Eval("Customer Record.home address.city", ("Customer Record", customer)));
        Assert.Equal(true, Eval("Risk-Category = \"high\"", ("Risk-Category", "high")));
    }

    [Fact]
    public void Comparison_In_Between_AndIf()
    {
        Assert.Equal(true, Eval("amount > 1000 and category = \"refund\"", ("amount", 1500), ("category", "refund")));
        Assert.Equal(true, Eval("5 in [1..10]"));
        Assert.Equal(false, Eval("5 in (1, 2, 3)"));
        Assert.Equal(true, Eval("\"b\" in [\"a\", \"b\"]"));
        Assert.Equal(true, Eval("7 between 5 and 10"));
        Assert.Equal("big", Eval("if x > 3 then \"big\" else \"small\"", ("x", 4)));
    }

    [Fact]
    public void StringFunctions()
    {
        Assert.Equal(true, Eval("contains(\"refund request\", \"fund\")"));
        Assert.Equal(true, Eval("starts with(\"CS-42\", \"CS-\")"));
        Assert.Equal(true, Eval("ends with(\"report.pdf\", \".pdf\")"));
        Assert.Equal("ABC", Eval("upper case(\"abc\")"));
        Assert.Equal("abc", Eval("lower case(\"ABC\")"));
        Assert.Equal("ob", Eval("substring(\"foobar\", 3, 2)"));
        Assert.Equal("ar", Eval("substring(\"foobar\", -2)"));
        Assert.Equal(3m, Eval("string length(\"支付宝\")"));
        Assert.Equal(true, Eval("matches(\"CN-12\", \"^[A-Z]{2}-\\d+$\")"));
    }

    [Fact]
    public void NumberFunctions()
    {
        Assert.Equal(1m, Eval("floor(1.7)"));
        Assert.Equal(-2m, Eval("floor(-1.5)"));
        Assert.Equal(2m, Eval("ceiling(1.2)"));
        Assert.Equal(3.5m, Eval("abs(-3.5)"));
        Assert.Equal(2.34m, Eval("decimal(2.345, 2)"));
        Assert.Equal(2.36m, Eval("decimal(2.355, 2)"));
    }

    [Fact]
    public void ListFunctions()
    {
        Assert.Equal(3m, Eval("count([1, 2, 3])"));
        Assert.Equal(6m, Eval("sum([1, 2, 3])"));
        Assert.Equal(1m, Eval("min([3, 1, 2])"));
        Assert.Equal(3m, Eval("max(3, 1, 2)"));
        Assert.Equal(true, Eval("list contains([1, 2], 2)"));
        Assert.Equal(false, Eval("all([true, false])"));
        Assert.Equal(true, Eval("any([false, true])"));
        Assert.Equal(new List<object?> { 2m, 3m }, Eval("[1, 2, 3][item > 1]"));
    }

    [Fact]
    public void DatesTimesAndDurations_CompareAndCalculate()
    {
        Assert.Equal(new DateOnly(2026, 3, 1), Eval("date(\"2026-02-28\") + duration(\"P1D\")"));
        Assert.Equal(true, Eval("date(\"2026-01-01\") < date(\"2026-06-30\")"));
        Assert.Equal(TimeSpan.FromDays(2) + TimeSpan.FromHours(3), Eval("date and time(\"2026-01-03T12:00:00\") - date and time(\"2026-01-01T09:00:00\")"));
        Assert.Equal(true, Eval("duration(\"PT2M\") < duration(\"PT10M\")"));
        Assert.Equal(new YearsMonthsDuration(14), Eval("duration(\"P1Y\") + duration(\"P2M\")"));
        Assert.Equal(new FeelTime(new TimeSpan(10, 30, 0), null), Eval("time(\"09:00:00\") + duration(\"PT1H30M\")"));
        Assert.Equal(true, Eval("opened + duration(\"PT10M\") < now", ("opened", new DateTime(2026, 1, 1, 9, 0, 0)), ("now", new DateTime(2026, 1, 1, 9, 15, 0))));
        Assert.Equal(2026m, Eval("date(\"2026-05-04\").year"));
    }

    [Fact]
    public void UnknownFunction_IsReportedWhenTheExpressionIsCompiled()
    {
        var error = Assert.Throws<FeelException>(() => FeelExpression.Compile("frobnicate(1)"));

        Assert.Contains("Unknown function 'frobnicate'", error.Message);
    }

    [Fact]
    public void StringAgainstNumber_IsATypeMismatchError_NamingBothValues()
    {
        var error = Assert.Throws<FeelException>(() => Eval("amount + 1", ("amount", "12")));

        Assert.Contains("string (\"12\")", error.Message);
        Assert.Contains("number (1)", error.Message);
        Assert.Throws<FeelException>(() => Eval("\"a\" < 3"));
    }

    [Fact]
    public void SyntaxError_SaysWhereAndWhat()
    {
        var error = Assert.Throws<FeelException>(() => FeelExpression.Compile("1 + * 2"));

        Assert.Contains("position 5", error.Message);
    }
}
