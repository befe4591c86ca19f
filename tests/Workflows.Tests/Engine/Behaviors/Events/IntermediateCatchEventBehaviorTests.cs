using Workflows.Engine.Interpreting;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.Bpmn;

namespace Workflows.Tests.Engine.Behaviors.Events;

public sealed class IntermediateCatchEventBehaviorTests
{
    private static string TimerCatch(string definition) => Process($"""
        <bpmn:startEvent id="s"/>
        <bpmn:intermediateCatchEvent id="wait"><bpmn:timerEventDefinition>{definition}</bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
        <bpmn:userTask id="after"/>
        """ + Chain("s", "wait", "after"));

    [Fact]
    public void Timer_SchedulesAtEntryPlusDuration_AndLeavesWhenFired()
    {
        // Scenario 21a
        var run = new InstanceDriver(TimerCatch("<bpmn:timeDuration>PT5M</bpmn:timeDuration>"));
        run.Start();
        Assert.Equal(run.Now.AddMinutes(5), Assert.Single(run.Last.EffectsOf<ScheduleTimer>()).DueAt);
        Assert.Empty(run.OpenTasks());

        run.FireTimer("wait");
        Assert.Equal(["after"], run.OpenTasks());
    }

    [Fact]
    public void Timer_IsDueAtOnce_WhenTimeDateIsPast()
    {
        // Scenario 21b
        var run = new InstanceDriver(TimerCatch("<bpmn:timeDate>2020-01-01T00:00:00Z</bpmn:timeDate>"));
        run.Start();
        Assert.True(Assert.Single(run.Last.EffectsOf<ScheduleTimer>()).DueAt <= run.Now);
    }

    [Fact]
    public void Timer_EvaluatesExpression_WhenEntered()
    {
        var run = new InstanceDriver(TimerCatch("<bpmn:timeDuration>${sla}</bpmn:timeDuration>"));
        run.Start(new { sla = "PT2M" });
        Assert.Equal(run.Now.AddMinutes(2), Assert.Single(run.Last.EffectsOf<ScheduleTimer>()).DueAt);
    }

    [Fact]
    public void Timer_FailsStep_WhenExpressionYieldsNoDuration()
    {
        var run = new InstanceDriver(TimerCatch("<bpmn:timeDuration>${sla}</bpmn:timeDuration>"));
        var result = run.Start(new { sla = "two minutes" });
        Assert.Equal(StepOutcome.Failed, result.Outcome);
        Assert.Equal("wait", result.Error!.NodeId);
        Assert.Equal(StepErrorCodes.Timer, result.Error.Code);
    }

    private static InstanceDriver MessageCatch() => new(Process("""
        <bpmn:startEvent id="s"/>
        <bpmn:intermediateCatchEvent id="paid"><bpmn:messageEventDefinition messageRef="m"/></bpmn:intermediateCatchEvent>
        <bpmn:userTask id="after"/>
        """ + Chain("s", "paid", "after"), """<bpmn:message id="m" name="payment-${orderId}"/>"""));

    [Fact]
    public void Message_ContinuesWithPayload_WhenNameAndBusinessKeyMatch()
    {
        // Scenario 34a: the name expression is resolved on entry.
        var run = MessageCatch();
        run.Start(new { orderId = "42" }, businessKey: "CS-1");
        Assert.Equal("payment-42", Assert.Single(run.Last.EffectsOf<SubscribeMessage>()).MessageName);

        var match = Assert.Single(MessageCorrelation.Find([(7L, run.State)], "payment-42", "CS-1", null));
        run.Apply(new ReceiveMessage(match.SubscriptionId, InstanceDriver.Vars(new { amount = 10 })));

        Assert.Equal(["after"], run.OpenTasks());
        Assert.Equal(10, run.Var("amount").GetInt32());
    }

    [Fact]
    public void Message_IsNotCorrelated_WhenBusinessKeyDiffersOrNobodyWaits()
    {
        // Scenario 34b
        var run = MessageCatch();
        run.Start(new { orderId = "42" }, businessKey: "CS-1");
        Assert.Empty(MessageCorrelation.Find([(7L, run.State)], "payment-42", "CS-2", null));
        Assert.Empty(MessageCorrelation.Find([(7L, run.State)], "payment-43", "CS-1", null));
        Assert.Empty(MessageCorrelation.Find([(7L, run.State)], "payment-42", null, InstanceDriver.Vars(new { orderId = "41" })));
        Assert.Single(MessageCorrelation.Find([(7L, run.State)], "payment-42", null, InstanceDriver.Vars(new { orderId = "42" })));
    }

    [Fact]
    public void Correlate_FindsBothInstances_WhenTwoWaitOnOneNameAndKey()
    {
        // Scenario 35: the host rejects Correlate (several matches) and delivers CorrelateAll to each.
        var first = MessageCatch();
        var second = MessageCatch();
        first.Start(new { orderId = "1" }, "CS-1");
        second.Start(new { orderId = "1" }, "CS-1");

        var matches = MessageCorrelation.Find([(1, first.State), (2, second.State)], "payment-1", "CS-1", null);

        Assert.Equal([1, 2], matches.Select(m => m.Instance));
        first.Apply(new ReceiveMessage(matches[0].SubscriptionId));
        second.Apply(new ReceiveMessage(matches[1].SubscriptionId));
        Assert.Equal(["after"], first.OpenTasks());
        Assert.Equal(["after"], second.OpenTasks());
    }
}
