using Workflows.Engine.Interpreting;
using Workflows.Engine.Parsing;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.Bpmn;

namespace Workflows.Tests.Engine.Behaviors.Events;

/// <summary>
/// Escalation throw and end events caught by boundary events on enclosing subprocesses, as Camunda 7 runs them:
/// interrupting ends the subprocess, non-interrupting lets the thrower go on, innermost level and code match first,
/// and an escalation nobody catches is no failure. Cite: issue 21, part 4.
/// </summary>
public sealed class EscalationEventTests
{
    private const string Escalations = """
        <bpmn:escalation id="Late" name="Running late" escalationCode="late"/><bpmn:escalation id="Big" escalationCode="big"/>
        """;

    /// <summary>A subprocess whose "work" task is followed by an escalation throw of <paramref name="code"/>, then "more".</summary>
    private static string Throwing(string escalationRef, string boundaries, string thrower = "intermediateThrowEvent") => Process($"""
        <bpmn:startEvent id="s"/>
        <bpmn:subProcess id="sp">
          <bpmn:startEvent id="ss"/><bpmn:parallelGateway id="fork"/><bpmn:userTask id="sibling"/><bpmn:userTask id="work"/>
          <bpmn:{thrower} id="raise"><bpmn:escalationEventDefinition escalationRef="{escalationRef}"/></bpmn:{thrower}>
          {(thrower == "intermediateThrowEvent" ? """<bpmn:userTask id="more"/>""" + Chain("raise", "more") : "")}
          {Chain("ss", "fork")}{Flow("f1", "fork", "sibling")}{Flow("f2", "fork", "work")}{Chain("work", "raise")}
        </bpmn:subProcess>
        {boundaries}
        <bpmn:userTask id="after"/>
        """ + Chain("s", "sp", "after"), Escalations);

    [Fact]
    public void NonInterrupting_CatchRunsBesideTheSubprocess_AndTheThrowerGoesOn()
    {
        var run = new InstanceDriver(Throwing("Late", """
            <bpmn:boundaryEvent id="told" attachedToRef="sp" cancelActivity="false"><bpmn:escalationEventDefinition escalationRef="Late" camunda:escalationCodeVariable="why"/></bpmn:boundaryEvent>
            <bpmn:userTask id="inform"/>
            """ + Chain("told", "inform")));
        run.Start();
        run.CompleteTask("work");

        Assert.Equal(["inform", "more", "sibling"], run.OpenTasks());
        Assert.Equal("late", run.Var("why").GetString());
        Assert.Contains(run.Last.EffectsOf<JournalEntry>(), j => j.Kind == JournalKind.EscalationCaught && j.NodeId == "told");
        run.CompleteTask("more");
        run.CompleteTask("sibling");
        Assert.Equal(["after", "inform"], run.OpenTasks());
    }

    [Fact]
    public void Interrupting_CatchEndsTheSubprocess_WithTheThrowerAndItsSiblings()
    {
        var run = new InstanceDriver(Throwing("Late", """
            <bpmn:boundaryEvent id="stop" attachedToRef="sp"><bpmn:escalationEventDefinition escalationRef="Late"/></bpmn:boundaryEvent>
            <bpmn:userTask id="takeOver"/>
            """ + Chain("stop", "takeOver")));
        run.Start();
        var sibling = run.TaskAt("sibling");
        run.CompleteTask("work");

        Assert.Equal(["takeOver"], run.OpenTasks());
        Assert.Single(run.Last.EffectsOf<CancelUserTask>(), c => c.TaskId == sibling);
        Assert.Single(run.State.Scopes);
        Assert.Equal(0, run.Entered("more"));
    }

    [Fact]
    public void ACodeMatch_BeatsACatchAll_AndTheInnermostLevelWins()
    {
        var inner = Process("""
            <bpmn:startEvent id="s"/>
            <bpmn:subProcess id="outer">
              <bpmn:startEvent id="os"/>
              <bpmn:subProcess id="inner">
                <bpmn:startEvent id="is"/><bpmn:userTask id="work"/><bpmn:endEvent id="raise"><bpmn:escalationEventDefinition escalationRef="Big"/></bpmn:endEvent>
            """ + Chain("is", "work", "raise") + """
              </bpmn:subProcess>
              <bpmn:boundaryEvent id="innerAny" attachedToRef="inner" cancelActivity="false"><bpmn:escalationEventDefinition/></bpmn:boundaryEvent>
              <bpmn:boundaryEvent id="innerBig" attachedToRef="inner" cancelActivity="false"><bpmn:escalationEventDefinition escalationRef="Big"/></bpmn:boundaryEvent>
              <bpmn:userTask id="anyHandler"/><bpmn:userTask id="bigHandler"/><bpmn:endEvent id="oe"/>
            """ + Chain("os", "inner", "oe") + Chain("innerAny", "anyHandler") + Chain("innerBig", "bigHandler") + """
            </bpmn:subProcess>
            <bpmn:boundaryEvent id="outerBig" attachedToRef="outer"><bpmn:escalationEventDefinition escalationRef="Big"/></bpmn:boundaryEvent>
            <bpmn:userTask id="outerHandler"/><bpmn:endEvent id="e"/>
            """ + Chain("s", "outer", "e") + Chain("outerBig", "outerHandler"), Escalations);
        var run = new InstanceDriver(inner);
        run.Start();
        run.CompleteTask("work");

        Assert.Equal(["bigHandler"], run.OpenTasks());
        Assert.Equal(0, run.Entered("outerHandler"));
    }

    [Fact]
    public void AnEscalationNobodyCatches_IsNoFailure_TheFlowGoesOn()
    {
        var run = new InstanceDriver(Throwing("Big", """
            <bpmn:boundaryEvent id="late" attachedToRef="sp"><bpmn:escalationEventDefinition escalationRef="Late"/></bpmn:boundaryEvent><bpmn:userTask id="h"/>
            """ + Chain("late", "h")));
        run.Start();
        run.CompleteTask("work");

        Assert.Equal(["more", "sibling"], run.OpenTasks());
        Assert.Empty(run.State.Incidents);
        Assert.Contains(run.Last.EffectsOf<JournalEntry>(), j => j.Kind == JournalKind.EscalationThrown && j.Message.Contains("nothing catches it"));
    }

    [Fact]
    public void AnEscalationEndEvent_CaughtWithoutInterrupting_EndsItsOwnPath_AndTheSubprocessCompletesLater()
    {
        var run = new InstanceDriver(Throwing("Late", """
            <bpmn:boundaryEvent id="told" attachedToRef="sp" cancelActivity="false"><bpmn:escalationEventDefinition escalationRef="Late"/></bpmn:boundaryEvent>
            <bpmn:userTask id="inform"/>
            """ + Chain("told", "inform"), thrower: "endEvent"));
        run.Start();
        run.CompleteTask("work");
        Assert.Equal(["inform", "sibling"], run.OpenTasks());

        run.CompleteTask("sibling");
        Assert.Equal(["after", "inform"], run.OpenTasks());
    }

    [Theory]
    [InlineData("""<bpmn:intermediateThrowEvent id="raise"><bpmn:escalationEventDefinition escalationRef="Nope"/></bpmn:intermediateThrowEvent>""", "escalation.unknown-ref")]
    [InlineData("""<bpmn:endEvent id="raise"><bpmn:escalationEventDefinition/></bpmn:endEvent>""", "escalation.missing-ref")]
    public void AThrowWithoutAKnownEscalation_IsRefusedAtPublish_NamingTheEvent(string thrower, string code)
    {
        var result = new BpmnParser().Parse(Process($"""<bpmn:startEvent id="s"/>{thrower}""" + Chain("s", "raise"), Escalations));
        var problem = Assert.Single(result.Problems);
        Assert.Equal((code, "raise"), (problem.Code, problem.ElementId));
        Assert.Contains("'raise'", problem.Message);
    }
}
