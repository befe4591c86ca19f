using Workflows.Definitions;
using Workflows.Engine.Activities;
using Workflows.Engine.Model;
using Workflows.Engine.Parsing;
using Workflows.Activities;

namespace Workflows.Tests.SupportFlow;

public sealed class SupportFlowParseTests
{
    [Fact]
    public void SupportFlow_ParsesWithoutProblems_AndUsesOnlyShippedActivitiesAndForms()
    {
        var result = new BpmnParser().Parse(ShippedDefinitions.Read(ShippedDefinitions.SupportFlow));

        Assert.True(result.Problems.Count == 0, string.Join("\n", result.Problems.Select(p => $"{p.ElementId}: {p.Code} {p.Message}")));
        var definition = result.Definition!;
        Assert.Equal(ShippedDefinitions.SupportFlowKey, definition.Key);
        Assert.Empty(new ActivityCatalog(SupportActivities.Types).Check(definition));
        var formKeys = definition.Nodes.Values.OfType<UserTaskDefinition>().Select(t => t.FormKey).Distinct();
        Assert.All(formKeys, key => Assert.Contains(key, ShippedDefinitions.Forms));
    }
}
