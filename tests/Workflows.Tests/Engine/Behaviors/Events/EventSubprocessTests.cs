using Workflows.Engine.Interpreting;
using Workflows.Engine.Parsing;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.Bpmn;

namespace Workflows.Tests.Engine.Behaviors.Events;

/// <summary>
/// Event subprocesses as Camunda 7 runs them: while their scope runs they listen for a message, timer, signal or
/// condition (or catch an error or escalation thrown inside the scope); an interrupting start cancels the rest of the
/// scope, a non-interrupting one runs beside it and may start again; the listening ends with the scope. Cite: issue 21, part 3.
/// </summary>
public sealed class EventSubprocessTests
{
    private const string Definitions = """
        <bpmn:message id="Msg" name="customer-wrote"/><bpmn:signal id="Sig" name="outage"/>
        <bpmn:error id="Err" errorCode="card-blocked"/><bpmn:escalation id="Esc" escalationCode="slow"/>
        """;

    private static string Esp(string id, string startDefinition, bool interrupting, string task) => $"""
        <bpmn:subProcess id="{id}" triggeredByEvent="true">
          <bpmn:startEvent id="{id}_start" isInterrupting="{(interrupting ? "true" : "false")}">{startDefinition}</bpmn:startEvent>
          <bpmn:userTask id="{task}"/><bpmn:endEvent id="{id}_end"/>
          {Chain($"{id}_start", task, $"{id}_end")}
        </bpmn:subProcess>
        """;

    private static string MainFlow(string esp) => Process($"""<bpmn:startEvent id="s"/><bpmn:userTask id="work"/><bpmn:endEvent id="e"/>{esp}""" + Chain("s", "work", "e"), Definitions);

    [Fact]
    public void AnInterruptingMessageStart_CancelsTheMainFlow_AndTheInstanceEndsWithTheEventSubprocess()
    {
        var run = new InstanceDriver(MainFlow(Esp("retriage", """<bpmn:messageEventDefinition messageRef="Msg"/>""", interrupting: true, "triage")));
        run.Start();
        var work = run.TaskAt("work");
        Assert.Equal(TokenStatus.Listening, run.State.Tokens.Single(t => t.NodeId == "retriage_start").Status);

        run.Message("retriage_start", new { text = "still waiting" });
        Assert.Equal(["triage"], run.OpenTasks());
        Assert.Contains(run.Last.EffectsOf<CancelUserTask>(), c => c.TaskId == work);
        Assert.Empty(run.State.Subscriptions);
        Assert.Equal("still waiting", run.Var("text").GetString());

        run.CompleteTask("triage");
        Assert.Equal(InstanceStatus.Completed, run.State.Status);
    }

    [Fact]
    public void ANonInterruptingMessageStart_RunsBeside_AsOftenAsItComes_AndItsListeningEndsWithTheScope()
    {
        var run = new InstanceDriver(MainFlow(Esp("note", """<bpmn:messageEventDefinition messageRef="Msg"/>""", interrupting: false, "read")));
        run.Start();
        run.Message("note_start");
        run.Message("note_start");
        Assert.Equal(["read", "read", "work"], run.OpenTasks());

        run.CompleteTask("work");
        Assert.Equal(InstanceStatus.Active, run.State.Status);
        foreach (var task in run.State.UserTasks.ToList()) run.Apply(new CompleteUserTask(task.Id));
        Assert.Equal(InstanceStatus.Completed, run.State.Status);
        Assert.Empty(run.State.Subscriptions);
    }

    [Fact]
    public void ATimerStartInsideASubprocess_ListensOnlyWhileTheSubprocessRuns()
    {
        var run = new InstanceDriver(Process($"""
            <bpmn:startEvent id="s"/>
            <bpmn:subProcess id="sp"><bpmn:startEvent id="ss"/><bpmn:userTask id="work"/><bpmn:endEvent id="se"/>
              {Esp("remind", "<bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition>", interrupting: false, "chase")}
            """ + Chain("ss", "work", "se") + """
            </bpmn:subProcess><bpmn:userTask id="after"/>
            """ + Chain("s", "sp", "after"), Definitions));
        run.Start();
        run.FireTimer("remind_start");
        Assert.Equal(["chase", "work"], run.OpenTasks());

        var rerun = new InstanceDriver(run.Definition.Xml);
        rerun.Start();
        var timer = rerun.TimerAt("remind_start");
        rerun.Reload();
        rerun.CompleteTask("work");
        Assert.Equal(["after"], rerun.OpenTasks());
        Assert.Contains(rerun.Last.EffectsOf<CancelTimer>(), c => c.TimerId == timer);
    }

    [Fact]
    public void AnErrorEventSubprocess_CatchesBeforeTheSubprocessBoundary()
    {
        var run = new InstanceDriver(Process($"""
            <bpmn:startEvent id="s"/>
            <bpmn:subProcess id="sp"><bpmn:startEvent id="ss"/><bpmn:userTask id="check"/><bpmn:endEvent id="fail"><bpmn:errorEventDefinition errorRef="Err"/></bpmn:endEvent>
              {Esp("handle", """<bpmn:errorEventDefinition errorRef="Err" camunda:errorCodeVariable="why"/>""", interrupting: true, "fix")}
            """ + Chain("ss", "check", "fail") + """
            </bpmn:subProcess>
            <bpmn:boundaryEvent id="outer" attachedToRef="sp"><bpmn:errorEventDefinition errorRef="Err"/></bpmn:boundaryEvent><bpmn:userTask id="outerFix"/>
            <bpmn:userTask id="after"/>
            """ + Chain("s", "sp", "after") + Chain("outer", "outerFix"), Definitions));
        run.Start();
        run.CompleteTask("check");
        Assert.Equal(["fix"], run.OpenTasks());
        Assert.Equal("card-blocked", run.Var("why").GetString());
        run.CompleteTask("fix");
        Assert.Equal(["after"], run.OpenTasks());
    }

    [Fact]
    public void ANonInterruptingEscalationEventSubprocess_LetsTheThrowerGoOn()
    {
        var run = new InstanceDriver(Process($"""
            <bpmn:startEvent id="s"/><bpmn:userTask id="work"/><bpmn:intermediateThrowEvent id="late"><bpmn:escalationEventDefinition escalationRef="Esc"/></bpmn:intermediateThrowEvent>
            <bpmn:userTask id="more"/><bpmn:endEvent id="e"/>
            {Esp("tell", """<bpmn:escalationEventDefinition escalationRef="Esc"/>""", interrupting: false, "inform")}
            """ + Chain("s", "work", "late", "more", "e"), Definitions));
        run.Start();
        run.CompleteTask("work");
        Assert.Equal(["inform", "more"], run.OpenTasks());
    }

    [Fact]
    public void SignalAndConditionalStarts_ListenAsSignalsAndConditionsDo()
    {
        var signal = new InstanceDriver(MainFlow(Esp("stop", """<bpmn:signalEventDefinition signalRef="Sig"/>""", interrupting: true, "explain")));
        signal.Start();
        Assert.True(Assert.Single(signal.State.Subscriptions).Signal);
        signal.Message("stop_start");
        Assert.Equal(["explain"], signal.OpenTasks());

        var conditional = new InstanceDriver(MainFlow(Esp("vip", """<bpmn:conditionalEventDefinition><bpmn:condition xsi:type="bpmn:tFormalExpression">${segment == 'VIP'}</bpmn:condition></bpmn:conditionalEventDefinition>""",
            interrupting: false, "greet")));
        conditional.Start(new { segment = "consumer" });
        Assert.Equal(["work"], conditional.OpenTasks());
        conditional.Apply(new SetVariables(InstanceDriver.Vars(new { segment = "VIP" })));
        Assert.Equal(["greet", "work"], conditional.OpenTasks());
    }

    [Theory]
    [InlineData("""<bpmn:subProcess id="esp" triggeredByEvent="true"><bpmn:startEvent id="plain"/><bpmn:endEvent id="x"/><bpmn:sequenceFlow id="f" sourceRef="plain" targetRef="x"/></bpmn:subProcess>""",
        "esp", "subprocess.start-event")]
    [InlineData("""<bpmn:startEvent id="timed"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:startEvent><bpmn:endEvent id="x"/><bpmn:sequenceFlow id="f" sourceRef="timed" targetRef="x"/>""",
        "timed", "element.unsupported")]
    public void WhatAnEventSubprocessNeeds_IsCheckedAtPublish(string element, string id, string code)
    {
        var problems = new BpmnParser().Parse(Process($"""<bpmn:startEvent id="s"/><bpmn:endEvent id="e"/>{element}""" + Chain("s", "e"), Definitions)).Problems;
        Assert.Contains(problems, p => p.ElementId == id && p.Code == code);
    }
}
