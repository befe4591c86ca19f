using Workflows.Engine.Interpreting;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.Bpmn;

namespace Workflows.Tests.Engine.Behaviors.Events;

public sealed class EndEventBehaviorTests
{
    private const string Errors = """<bpmn:error id="E1" errorCode="E1"/><bpmn:error id="E2" errorCode="E2" name="Second"/>""";

    private static string SubprocessThrowing(string code, string boundaries) => Process($"""
        <bpmn:startEvent id="s"/>
        <bpmn:subProcess id="sp">
          <bpmn:startEvent id="ss"/><bpmn:parallelGateway id="fork"/><bpmn:userTask id="sibling"/><bpmn:userTask id="check"/>
          <bpmn:endEvent id="fail"><bpmn:errorEventDefinition errorRef="{code}"/></bpmn:endEvent>
          {Chain("ss", "fork")}{Flow("f1", "fork", "sibling")}{Flow("f2", "fork", "check")}{Chain("check", "fail")}
        </bpmn:subProcess>
        {boundaries}
        <bpmn:userTask id="next"/>
        """ + Chain("s", "sp", "next"), Errors);

    [Fact]
    public void ErrorEnd_IsCaughtOnSubprocessBoundary_CancellingBranchesAndSettingVariables()
    {
        // Scenario 26
        var run = new InstanceDriver(SubprocessThrowing("E2", """
            <bpmn:boundaryEvent id="caught" attachedToRef="sp"><bpmn:errorEventDefinition errorRef="E2" camunda:errorCodeVariable="code" camunda:errorMessageVariable="why"/></bpmn:boundaryEvent>
            <bpmn:userTask id="handle"/>
            """ + Chain("caught", "handle")));
        run.Start();
        var sibling = run.TaskAt("sibling");

        run.CompleteTask("check");

        Assert.Equal(["handle"], run.OpenTasks());
        Assert.Single(run.Last.EffectsOf<CancelUserTask>(), c => c.TaskId == sibling);
        Assert.Equal("E2", run.Var("code").GetString());
        Assert.Equal("Second", run.Var("why").GetString());
        Assert.Single(run.State.Scopes);
    }

    [Fact]
    public void ErrorCodeMatch_BeatsCatchAll_OnOneLevel()
    {
        // Scenario 27: the catch-all comes first in the document; the code match still wins.
        var run = new InstanceDriver(SubprocessThrowing("E2", """
            <bpmn:boundaryEvent id="any" attachedToRef="sp"><bpmn:errorEventDefinition/></bpmn:boundaryEvent>
            <bpmn:boundaryEvent id="e2" attachedToRef="sp"><bpmn:errorEventDefinition errorRef="E2"/></bpmn:boundaryEvent>
            <bpmn:userTask id="anyHandler"/><bpmn:userTask id="e2Handler"/>
            """ + Chain("any", "anyHandler") + Chain("e2", "e2Handler")));
        run.Start();
        run.CompleteTask("check");
        Assert.Equal(["e2Handler"], run.OpenTasks());
    }

    [Fact]
    public void ErrorInInnerSubprocess_CaughtOnOuter_CancelsBothScopes()
    {
        // Scenario 28
        var run = new InstanceDriver(Process("""
            <bpmn:startEvent id="s"/>
            <bpmn:subProcess id="outer">
              <bpmn:startEvent id="os"/><bpmn:parallelGateway id="fork"/><bpmn:userTask id="outerTask"/>
              <bpmn:subProcess id="inner"><bpmn:startEvent id="is"/><bpmn:userTask id="check"/><bpmn:endEvent id="fail"><bpmn:errorEventDefinition errorRef="E1"/></bpmn:endEvent>
            """ + Chain("is", "check", "fail") + """
              </bpmn:subProcess>
            """ + Chain("os", "fork") + Flow("f1", "fork", "outerTask") + Flow("f2", "fork", "inner") + """
            </bpmn:subProcess>
            <bpmn:boundaryEvent id="caught" attachedToRef="outer"><bpmn:errorEventDefinition errorRef="E1"/></bpmn:boundaryEvent>
            <bpmn:userTask id="handle"/>
            """ + Chain("s", "outer") + Chain("caught", "handle"), Errors));
        run.Start();
        Assert.Equal(3, run.State.Scopes.Count);

        run.CompleteTask("check");

        Assert.Equal(["handle"], run.OpenTasks());
        Assert.Single(run.State.Scopes);
        Assert.Equal(["handle"], run.Waiting());
    }

    [Fact]
    public void UncaughtError_RaisesIncidentAtThrower_AndInstanceStaysActive()
    {
        // Scenario 30
        var run = new InstanceDriver(SubprocessThrowing("E1", """
            <bpmn:boundaryEvent id="e2" attachedToRef="sp"><bpmn:errorEventDefinition errorRef="E2"/></bpmn:boundaryEvent><bpmn:userTask id="h"/>
            """ + Chain("e2", "h")));
        run.Start();
        run.CompleteTask("check");

        var incident = Assert.Single(run.State.Incidents);
        Assert.Equal(IncidentKind.UnhandledError, incident.Kind);
        Assert.Equal("fail", incident.NodeId);
        Assert.Equal(InstanceStatus.Active, run.State.Status);
        Assert.Equal(TokenStatus.Incident, run.State.Tokens.Single(t => t.NodeId == "fail").Status);
    }

    [Fact]
    public void TerminateInSubprocess_CancelsInnerSibling_SubprocessLeaves_OuterUnaffected()
    {
        // Scenario 31
        var run = new InstanceDriver(Process("""
            <bpmn:startEvent id="s"/><bpmn:parallelGateway id="top"/><bpmn:userTask id="outerBranch"/>
            <bpmn:subProcess id="sp">
              <bpmn:startEvent id="ss"/><bpmn:parallelGateway id="fork"/><bpmn:userTask id="sibling"/><bpmn:userTask id="decide"/>
              <bpmn:endEvent id="stop"><bpmn:terminateEventDefinition/></bpmn:endEvent>
            """ + Chain("ss", "fork") + Flow("f1", "fork", "sibling") + Flow("f2", "fork", "decide") + Chain("decide", "stop") + """
            </bpmn:subProcess>
            <bpmn:userTask id="afterSp"/>
            """ + Chain("s", "top") + Flow("t1", "top", "outerBranch") + Flow("t2", "top", "sp") + Chain("sp", "afterSp")));
        run.Start();

        run.CompleteTask("decide");

        Assert.Equal(["afterSp", "outerBranch"], run.OpenTasks());
        Assert.Single(run.Last.EffectsOf<CancelUserTask>());
        Assert.Equal(InstanceStatus.Active, run.State.Status);
    }

    [Fact]
    public void TerminateAtTopLevel_WithdrawsOtherBranches_AndCompletesInstance()
    {
        // Scenario 32
        var run = new InstanceDriver(Process("""
            <bpmn:startEvent id="s"/><bpmn:userTask id="other"/><bpmn:userTask id="decide"/>
            <bpmn:boundaryEvent id="t" attachedToRef="other"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>
            <bpmn:endEvent id="stop"><bpmn:terminateEventDefinition/></bpmn:endEvent><bpmn:endEvent id="late"/>
            """ + Flow("a", "s", "other") + Flow("b", "s", "decide") + Chain("decide", "stop") + Chain("t", "late")));
        run.Start();

        run.CompleteTask("decide");

        Assert.Equal(InstanceStatus.Completed, run.State.Status);
        Assert.Single(run.Last.EffectsOf<CancelUserTask>());
        Assert.Single(run.Last.EffectsOf<CancelTimer>());
        Assert.Equal("stop", Assert.Single(run.Last.EffectsOf<InstanceCompleted>()).TerminatedBy);
        Assert.Empty(run.State.Tokens);
    }
}
