using Workflows.Engine.Interpreting;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.Bpmn;

namespace Workflows.Tests.Engine.Behaviors.Gateways;

public sealed class EventBasedGatewayBehaviorTests
{
    private static InstanceDriver Race() => new(Process("""
        <bpmn:startEvent id="s"/><bpmn:eventBasedGateway id="g"/>
        <bpmn:intermediateCatchEvent id="reply"><bpmn:messageEventDefinition messageRef="m"/></bpmn:intermediateCatchEvent>
        <bpmn:intermediateCatchEvent id="wait"><bpmn:timerEventDefinition><bpmn:timeDuration>PT10M</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
        <bpmn:userTask id="answered"/><bpmn:userTask id="chase"/>
        """ + Chain("s", "g") + Flow("g_r", "g", "reply") + Flow("g_w", "g", "wait") + Chain("reply", "answered") + Chain("wait", "chase"),
        """<bpmn:message id="m" name="customer-reply"/>"""));

    [Fact]
    public void Gateway_OpensOneWaitPerEvent()
    {
        var run = Race();
        run.Start();
        Assert.Single(run.Last.EffectsOf<SubscribeMessage>(), s => s.MessageName == "customer-reply");
        Assert.Equal(run.Now.AddMinutes(10), Assert.Single(run.Last.EffectsOf<ScheduleTimer>()).DueAt);
        Assert.Equal(["g"], run.Waiting());
    }

    [Fact]
    public void MessageFirst_TakesMessagePath_AndCancelsTimer()
    {
        // Scenario 18
        var run = Race();
        run.Start();
        var timer = run.TimerAt("wait");

        run.Message("reply", new { text = "hi" });

        Assert.Equal(["answered"], run.OpenTasks());
        Assert.Single(run.Last.EffectsOf<CancelTimer>(), c => c.TimerId == timer);
        Assert.Empty(run.State.Timers);
        Assert.Equal("hi", run.Var("text").GetString());
    }

    [Fact]
    public void TimerFirst_TakesTimerPath_AndLaterMessageFindsNoSubscription()
    {
        // Scenario 19: the subscription is closed, so correlation has nothing to reach.
        var run = Race();
        run.Start();
        var subscription = run.SubscriptionAt("reply");

        run.FireTimer("wait");

        Assert.Equal(["chase"], run.OpenTasks());
        Assert.Single(run.Last.EffectsOf<UnsubscribeMessage>(), u => u.SubscriptionId == subscription);
        Assert.Empty(MessageCorrelation.Find([(1L, run.State)], "customer-reply", null, null));
        Assert.Equal(StepOutcome.Stale, run.Apply(new ReceiveMessage(subscription)).Outcome);
    }

    [Fact]
    public void TimerFired_IsStaleNoOp_AfterMessageWon()
    {
        // Scenario 20
        var run = Race();
        run.Start();
        var timer = run.TimerAt("wait");
        run.Message("reply");
        var before = run.State;

        var stale = run.Apply(new FireTimer(timer));

        Assert.Equal(StepOutcome.Stale, stale.Outcome);
        Assert.Same(before, stale.State);
        Assert.Empty(stale.Effects);
    }
}
