using Workflows.Engine.Interpreting;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.Bpmn;

namespace Workflows.Tests.Engine.Behaviors.Gateways;

public sealed class ExclusiveGatewayBehaviorTests
{
    private static InstanceDriver Route(bool withDefault) => new(Process($"""
        <bpmn:startEvent id="s"/>
        <bpmn:exclusiveGateway id="x" {(withDefault ? "default=\"toD\"" : "")}/>
        <bpmn:userTask id="A"/><bpmn:userTask id="B"/><bpmn:userTask id="D"/>
        """ + Flow("s_x", "s", "x") + Flow("toA", "x", "A", "${amount > 100}") + Flow("toB", "x", "B", "${amount > 10}")
        + (withDefault ? Flow("toD", "x", "D", "${false}") : "")));

    [Fact]
    public void Execute_TakesFirstTrueFlowInDocumentOrder_WhenTwoAreTrue()
    {
        // Scenario 10a
        var run = Route(withDefault: true);
        run.Start(new { amount = 500 });
        Assert.Equal(["A"], run.OpenTasks());
    }

    [Fact]
    public void Execute_TakesDefault_WhenNoneIsTrue_IgnoringItsCondition()
    {
        // Scenario 10b
        var run = Route(withDefault: true);
        run.Start(new { amount = 1 });
        Assert.Equal(["D"], run.OpenTasks());
    }

    [Fact]
    public void Execute_PassesEachTokenThrough_WhenMerging()
    {
        // Scenario 10c: merging two tokens → the successor runs twice.
        var run = new InstanceDriver(Process("""
            <bpmn:startEvent id="s"/><bpmn:exclusiveGateway id="m"/><bpmn:userTask id="t"/>
            """ + Flow("a", "s", "m") + Flow("b", "s", "m") + Flow("m_t", "m", "t")));
        run.Start();
        Assert.Equal(2, run.OpenTasks().Count);
    }

    [Fact]
    public void Execute_RejectsCommand_WhenNoneIsTrueAndNoDefault()
    {
        // Scenario 11: state unchanged, the error names the gateway.
        var run = new InstanceDriver(Process("""
            <bpmn:startEvent id="s"/><bpmn:userTask id="before"/><bpmn:exclusiveGateway id="route" name="Route"/>
            <bpmn:userTask id="A"/><bpmn:userTask id="B"/>
            """ + Chain("s", "before", "route") + Flow("toA", "route", "A", "${amount > 100}") + Flow("toB", "route", "B", "${amount > 10}")));
        run.Start();
        var before = run.State;

        var result = run.CompleteTask("before", new { amount = 1 });

        Assert.Equal(StepOutcome.Failed, result.Outcome);
        Assert.Equal("route", result.Error!.NodeId);
        Assert.Contains("Route", result.Error.Message);
        Assert.Same(before, result.State);
        Assert.Empty(result.Effects);
        Assert.Equal(["before"], run.OpenTasks());
        Assert.False(run.State.Variables.ContainsKey("amount"));
    }

    [Fact]
    public void Execute_FailsNamingTheFlow_WhenConditionThrows()
    {
        var run = new InstanceDriver(Process("""
            <bpmn:startEvent id="s"/><bpmn:exclusiveGateway id="x" default="d"/><bpmn:userTask id="A"/><bpmn:userTask id="D"/>
            """ + Flow("s_x", "s", "x") + Flow("bad", "x", "A", "${customer.tier == 'vip'}") + Flow("d", "x", "D")));
        var result = run.Start();
        Assert.Equal(StepOutcome.Failed, result.Outcome);
        Assert.Equal("bad", result.Error!.NodeId);
        Assert.Equal(StepErrorCodes.Expression, result.Error.Code);
    }
}
