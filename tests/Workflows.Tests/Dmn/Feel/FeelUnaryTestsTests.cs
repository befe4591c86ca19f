using Workflows.Dmn.Feel;

namespace Workflows.Tests.Dmn.Feel;

/// <summary>S-FEEL unary tests, the decision-table input entries (issue 22, part 2), completely.</summary>
public sealed class FeelUnaryTestsTests
{
    private static bool? Test(string cell, object? input) => FeelUnaryTests.Compile(cell).Test(input is int i ? (decimal)i : input);

    [Theory]
    [InlineData("< 10", 9, true)]
    [InlineData("< 10", 10, false)]
    [InlineData("<= 10", 10, true)]
    [InlineData("> 10", 11, true)]
    [InlineData(">= 10", 10, true)]
    [InlineData("10", 10, true)]
    [InlineData("10", 11, false)]
    [InlineData("[1..10]", 10, true)]
    [InlineData("[1..10)", 10, false)]
    [InlineData("[1..10[", 10, false)]
    [InlineData("(1..10]", 1, false)]
    [InlineData("]1..10]", 1, false)]
    [InlineData("]1..10]", 2, true)]
    [InlineData("1, 5, 9", 5, true)]
    [InlineData("1, 5, 9", 6, false)]
    [InlineData("< 3, > 8", 9, true)]
    [InlineData("not(5)", 5, false)]
    [InlineData("not(5)", 6, true)]
    [InlineData("not([1..3], 7)", 7, false)]
    [InlineData("not([1..3], 7)", 4, true)]
    [InlineData("-", 42, true)]
    [InlineData("", 42, true)]
    public void Numbers(string cell, int input, bool expected) => Assert.Equal(expected, Test(cell, input));

    [Theory]
    [InlineData("\"gold\"", "gold", true)]
    [InlineData("\"gold\", \"silver\"", "silver", true)]
    [InlineData("not(\"gold\", \"silver\")", "bronze", true)]
    [InlineData("not(\"gold\", \"silver\")", "gold", false)]
    public void Strings(string cell, string input, bool expected) => Assert.Equal(expected, Test(cell, input));

    [Fact]
    public void Null_MatchesOnlyNull_AndDashMatchesEverything()
    {
        Assert.Equal(true, Test("null", null));
        Assert.Equal(false, Test("null", 3));
        Assert.Equal(true, Test("not(null)", 3));
        Assert.Equal(true, Test("-", null));
        Assert.NotEqual(true, Test("< 10", null));
        Assert.NotEqual(true, Test("[1..10]", null));
    }

    [Fact]
    public void Booleans_DatesAndDurations()
    {
        Assert.Equal(true, Test("true", true));
        Assert.Equal(false, Test("true", false));
        Assert.Equal(true, Test("[date(\"2026-01-01\")..date(\"2026-12-31\")]", new DateOnly(2026, 7, 1)));
        Assert.Equal(true, Test("> duration(\"PT10M\")", TimeSpan.FromMinutes(11)));
    }

    [Fact]
    public void Expressions_WithTheInputMark_AreConditions()
    {
        Assert.Equal(true, Test("? > 5 and ? < 10", 7));
        Assert.Equal(true, Test("count(?) > 1", new List<object?> { 1m, 2m }));
    }

    [Fact]
    public void StringCellAgainstNumberInput_IsATypeMismatch()
    {
        Assert.Throws<FeelException>(() => Test("< 10", "9"));
    }
}
