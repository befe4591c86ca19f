using Workflows.Engine.Interpreting;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.Bpmn;

namespace Workflows.Tests.Engine.Behaviors.Events;

public sealed class BoundaryEventBehaviorTests
{
    private static InstanceDriver TaskWithTimer(string timer, bool interrupting) => new(Process($"""
        <bpmn:startEvent id="s"/><bpmn:userTask id="answer"/><bpmn:userTask id="done"/>
        <bpmn:boundaryEvent id="sla" attachedToRef="answer" cancelActivity="{(interrupting ? "true" : "false")}">
          <bpmn:timerEventDefinition>{timer}</bpmn:timerEventDefinition>
        </bpmn:boundaryEvent>
        <bpmn:userTask id="escalated"/>
        """ + Chain("s", "answer", "done") + Chain("sla", "escalated")));

    [Fact]
    public void InterruptingTimer_WithdrawsTask_AndTakesBoundaryPath()
    {
        // Scenario 22
        var run = TaskWithTimer("<bpmn:timeDuration>PT2M</bpmn:timeDuration>", interrupting: true);
        run.Start();
        var task = run.TaskAt("answer");
        Assert.Equal(run.Now.AddMinutes(2), Assert.Single(run.Last.EffectsOf<ScheduleTimer>()).DueAt);

        run.FireTimer("sla");

        Assert.Equal(["escalated"], run.OpenTasks());
        Assert.Single(run.Last.EffectsOf<CancelUserTask>(), c => c.TaskId == task);
    }

    [Fact]
    public void Timer_IsStaleNoOp_AfterTaskCompleted()
    {
        // Scenario 23
        var run = TaskWithTimer("<bpmn:timeDuration>PT2M</bpmn:timeDuration>", interrupting: true);
        run.Start();
        var timer = run.TimerAt("sla");
        run.CompleteTask("answer");
        Assert.Single(run.Last.EffectsOf<CancelTimer>(), c => c.TimerId == timer);

        var stale = run.Apply(new FireTimer(timer));

        Assert.Equal(StepOutcome.Stale, stale.Outcome);
        Assert.Equal(["done"], run.OpenTasks());
    }

    [Fact]
    public void NonInterruptingCycle_FiresThreeTimes_AndCompletionCancelsTheRest()
    {
        // Scenario 24
        var run = TaskWithTimer("<bpmn:timeCycle>R3/PT1H</bpmn:timeCycle>", interrupting: false);
        var start = run.Now;
        run.Start();
        var dues = new List<DateTimeOffset> { run.State.Timers.Single().DueAt };

        run.FireTimer("sla");
        dues.Add(run.State.Timers.Single().DueAt);
        run.FireTimer("sla");
        dues.Add(run.State.Timers.Single().DueAt);

        Assert.Equal([start.AddHours(1), start.AddHours(2), start.AddHours(3)], dues);
        Assert.Equal(2, run.State.UserTasks.Count(t => t.NodeId == "escalated"));
        Assert.Equal(["answer"], run.State.UserTasks.Where(t => t.NodeId == "answer").Select(t => t.NodeId));

        var third = run.TimerAt("sla");
        run.CompleteTask("answer");
        Assert.Single(run.Last.EffectsOf<CancelTimer>(), c => c.TimerId == third);
        Assert.Empty(run.State.Timers);
    }

    [Fact]
    public void NonInterruptingCycle_StopsAfterLastRepetition()
    {
        var run = TaskWithTimer("<bpmn:timeCycle>R2/PT1H</bpmn:timeCycle>", interrupting: false);
        run.Start();
        run.FireTimer("sla");
        run.FireTimer("sla");
        Assert.Empty(run.State.Timers);
        Assert.Equal(2, run.State.UserTasks.Count(t => t.NodeId == "escalated"));
    }

    [Fact]
    public void CronBoundary_IsDueAtNextFiveMinuteMark()
    {
        // Scenario 25
        var run = TaskWithTimer("<bpmn:timeCycle>0 0/5 * * * ?</bpmn:timeCycle>", interrupting: false);
        run.Now = new DateTimeOffset(2026, 11, 2, 9, 2, 30, TimeSpan.Zero);
        run.Start();
        Assert.Equal(new DateTimeOffset(2026, 11, 2, 9, 5, 0, TimeSpan.Zero), run.State.Timers.Single().DueAt);
        run.FireTimer("sla");
        Assert.Equal(new DateTimeOffset(2026, 11, 2, 9, 10, 0, TimeSpan.Zero), run.State.Timers.Single().DueAt);
    }

    [Fact]
    public void InterruptingBoundaryOnSubprocess_CancelsNestedTasksAndTimers_InnermostFirst()
    {
        // Scenario 33
        var run = new InstanceDriver(Process("""
            <bpmn:startEvent id="s"/>
            <bpmn:subProcess id="outer">
              <bpmn:startEvent id="os"/>
              <bpmn:subProcess id="inner">
                <bpmn:startEvent id="is"/><bpmn:userTask id="deep"/>
                <bpmn:boundaryEvent id="deepTimer" attachedToRef="deep" cancelActivity="false"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>
            """ + Chain("is", "deep") + """
              </bpmn:subProcess>
            """ + Chain("os", "inner") + """
            </bpmn:subProcess>
            <bpmn:boundaryEvent id="stop" attachedToRef="outer"><bpmn:messageEventDefinition messageRef="m"/></bpmn:boundaryEvent>
            <bpmn:userTask id="stopped"/>
            """ + Chain("s", "outer") + Chain("stop", "stopped"), """<bpmn:message id="m" name="customer-withdrew"/>"""));
        run.Start();
        Assert.Equal(3, run.State.Scopes.Count);

        run.Message("stop");

        var order = run.Last.Effects.Where(e => e is CancelUserTask or CancelTimer).ToList();
        Assert.IsType<CancelTimer>(order[0]);
        Assert.IsType<CancelUserTask>(order[1]);
        Assert.Equal(["stopped"], run.OpenTasks());
        Assert.Single(run.State.Scopes);
        Assert.Empty(run.State.Timers);
    }

    [Fact]
    public void NonInterruptingMessage_SpawnsTokenPerMessage_AndTaskStaysOpen()
    {
        // Scenario 36
        var run = new InstanceDriver(Process("""
            <bpmn:startEvent id="s"/><bpmn:userTask id="work"/>
            <bpmn:boundaryEvent id="nudge" attachedToRef="work" cancelActivity="false"><bpmn:messageEventDefinition messageRef="m"/></bpmn:boundaryEvent>
            <bpmn:userTask id="reply"/>
            """ + Chain("s", "work") + Chain("nudge", "reply"), """<bpmn:message id="m" name="customer-chased"/>"""));
        run.Start();

        run.Message("nudge");
        run.Message("nudge");

        Assert.Equal(2, run.State.UserTasks.Count(t => t.NodeId == "reply"));
        Assert.Single(run.State.UserTasks, t => t.NodeId == "work");
        Assert.Single(run.State.Subscriptions);
    }
}
