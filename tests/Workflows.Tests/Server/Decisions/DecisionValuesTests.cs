using Workflows.Dmn.Feel.Values;
using Workflows.Server.Decisions;

namespace Workflows.Tests.Server.Decisions;

/// <summary>FEEL values as process variables and API JSON: JSON's own kinds as themselves, temporals as ISO 8601 text.</summary>
public sealed class DecisionValuesTests
{
    [Fact]
    public void ToJson_KeepsNumbersStringsListsAndContexts_AsJson()
    {
        var context = FeelValue.Context([KeyValuePair.Create<string, object?>("fee", 0.3m), KeyValuePair.Create<string, object?>("tags", new List<object?> { "a", true, null })]);

        Assert.Equal("""{"fee":0.3,"tags":["a",true,null]}""", DecisionValues.ToJson(context).GetRawText());
    }

    [Fact]
    public void ToJson_WritesDatesTimesAndDurations_AsIsoText()
    {
        Assert.Equal("\"2026-12-04\"", DecisionValues.ToJson(new DateOnly(2026, 12, 4)).GetRawText());
        Assert.Equal("\"P1DT2H\"", DecisionValues.ToJson(TimeSpan.FromHours(26)).GetRawText());
        Assert.Equal("\"2026-12-04T09:30:00+08:00\"", DecisionValues.ToJson(new FeelDateTime(new DateTime(2026, 12, 4, 9, 30, 0), TimeSpan.FromHours(8))).GetRawText());
    }
}
