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

    [Fact]
    public void Timer_WhoseStepKeepsFailing_IsRetriedWithBackoff_ThenBecomesIncident_AndRetryFiresItAgain()
    {
        // BPMN-SEMANTICS §5: a failing background step decrements retries and at zero becomes an incident.
        var run = new InstanceDriver(Process("""
            <bpmn:startEvent id="s"/>
            <bpmn:intermediateCatchEvent id="wait"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1M</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
            <bpmn:scriptTask id="score" scriptFormat="javascript"><bpmn:script>if (!fixedNow) throw new Error('scoring down')</bpmn:script></bpmn:scriptTask>
            <bpmn:userTask id="after"/>
            """ + Chain("s", "wait", "score", "after")));
        run.Start(new { fixedNow = false });
        var timer = run.TimerAt("wait");

        Assert.Equal(StepOutcome.Failed, run.FireTimer("wait").Outcome);
        run.Apply(new FailTimer(timer, "scoring down"));
        Assert.Equal(run.Now.AddSeconds(5), Assert.Single(run.Last.EffectsOf<ScheduleTimer>()).DueAt);
        Assert.Contains(run.Last.EffectsOf<JournalEntry>(), j => j.Kind == JournalKind.AttemptFailed);
        run.Apply(new FailTimer(timer, "scoring down"));
        Assert.Equal(run.Now.AddSeconds(10), Assert.Single(run.Last.EffectsOf<ScheduleTimer>()).DueAt);
        run.Apply(new FailTimer(timer, "scoring down"));

        var incident = Assert.Single(run.State.Incidents);
        Assert.Equal((IncidentKind.FailedTimer, "wait", timer), (incident.Kind, incident.NodeId, incident.JobId));
        Assert.Empty(run.Last.EffectsOf<ScheduleTimer>());
        Assert.Equal(StepOutcome.Stale, run.Apply(new FailTimer(timer, "again")).Outcome);

        run.State.Variables["fixedNow"] = System.Text.Json.JsonSerializer.SerializeToElement(true);
        run.Apply(new RetryIncident(incident.Id, Retries: 1));
        Assert.Empty(run.State.Incidents);
        Assert.Equal(run.Now, Assert.Single(run.Last.EffectsOf<ScheduleTimer>()).DueAt);
        run.FireTimer("wait");
        Assert.Equal(["after"], run.OpenTasks());
    }

    [Fact]
    public void FailingSlaTimer_LeavesItsTaskCompletable_AndCompletingResolvesTheIncident()
    {
        var run = new InstanceDriver(Process("""
            <bpmn:startEvent id="s"/><bpmn:userTask id="answer"/>
            <bpmn:boundaryEvent id="sla" attachedToRef="answer" cancelActivity="false"><bpmn:timerEventDefinition><bpmn:timeDuration>PT2M</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>
            <bpmn:endEvent id="e"/><bpmn:endEvent id="warned"/>
            """ + Chain("s", "answer", "e") + Chain("sla", "warned")));
        run.Start();
        var timer = run.TimerAt("sla");
        for (var i = 0; i < 3; i++) run.Apply(new FailTimer(timer, "mail server down"));
        Assert.Equal(IncidentKind.FailedTimer, Assert.Single(run.State.Incidents).Kind);
        Assert.Equal(TokenStatus.Waiting, Assert.Single(run.State.Tokens).Status);

        run.CompleteTask("answer");

        Assert.Empty(run.State.Incidents);
        Assert.Single(run.Last.EffectsOf<ResolveIncident>());
        Assert.Equal(InstanceStatus.Completed, run.State.Status);
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
