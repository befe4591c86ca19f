using Workflows.Engine.Interpreting;
using Workflows.Engine.Parsing;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.Bpmn;

namespace Workflows.Tests.Engine.Behaviors.Events;

/// <summary>
/// Compensation as Camunda 7 runs it: completed activities with a compensation handler are undone by a compensation
/// throw in their scope, most recent first, one handler at a time, the throw waiting for the last; only completed
/// activities; activityRef picks one; a multi-instance activity is undone once per completed instance.
/// BPMN-SEMANTICS scenarios 61 and 63. Cite: issue 21, part 4.
/// </summary>
public sealed class CompensationTests
{
    /// <summary>charge → book → (throw) → after; each of charge and book has a handler (a user task) by association.</summary>
    private static string Refunding(string thrower, string extra = "") => Process($"""
        <bpmn:startEvent id="s"/>
        <bpmn:userTask id="charge"/><bpmn:boundaryEvent id="onCharge" attachedToRef="charge"><bpmn:compensateEventDefinition/></bpmn:boundaryEvent>
        <bpmn:userTask id="refund" isForCompensation="true"/><bpmn:association id="a1" sourceRef="onCharge" targetRef="refund"/>
        <bpmn:userTask id="book"/><bpmn:boundaryEvent id="onBook" attachedToRef="book"><bpmn:compensateEventDefinition/></bpmn:boundaryEvent>
        <bpmn:userTask id="unbook" isForCompensation="true"/><bpmn:association id="a2" sourceRef="onBook" targetRef="unbook"/>
        {thrower}{extra}
        """ + Chain("s", "charge", "book", "undo"));

    private const string ThrowAndGoOn = """<bpmn:intermediateThrowEvent id="undo"><bpmn:compensateEventDefinition/></bpmn:intermediateThrowEvent><bpmn:userTask id="after"/><bpmn:sequenceFlow id="undo_after" sourceRef="undo" targetRef="after"/>""";

    [Fact]
    public void AThrow_UndoesTheMostRecentFirst_OneAtATime_ThenGoesOn_AndASecondThrowFindsNothing()
    {
        var run = new InstanceDriver(Refunding(ThrowAndGoOn));
        run.Start();
        run.CompleteTask("charge");
        run.CompleteTask("book");

        Assert.Equal(["unbook"], run.OpenTasks());
        Assert.Contains("undo", run.Waiting());
        run.Reload();
        run.CompleteTask("unbook");
        Assert.Equal(["refund"], run.OpenTasks());
        run.CompleteTask("refund");
        Assert.Equal(["after"], run.OpenTasks());
        Assert.Empty(run.State.Compensations);
        Assert.Empty(run.State.CompensationRuns);
    }

    [Fact]
    public void AnEndEvent_CompensatesOnlyItsActivityRef_AndTheProcessEndsWhenTheHandlerHas()
    {
        var run = new InstanceDriver(Refunding("""<bpmn:endEvent id="undo"><bpmn:compensateEventDefinition activityRef="charge"/></bpmn:endEvent>"""));
        run.Start();
        run.CompleteTask("charge");
        run.CompleteTask("book");

        Assert.Equal(["refund"], run.OpenTasks());
        Assert.Equal(InstanceStatus.Active, run.State.Status);
        run.CompleteTask("refund");
        Assert.Equal(InstanceStatus.Completed, run.State.Status);
    }

    [Fact]
    public void OnlyCompletedActivities_AreUndone_AndNothingToUndo_GoesOnAtOnce()
    {
        var run = new InstanceDriver(Process("""
            <bpmn:startEvent id="s"/><bpmn:parallelGateway id="fork"/>
            <bpmn:userTask id="charge"/><bpmn:boundaryEvent id="onCharge" attachedToRef="charge"><bpmn:compensateEventDefinition/></bpmn:boundaryEvent>
            <bpmn:userTask id="refund" isForCompensation="true"/><bpmn:association id="a1" sourceRef="refund" targetRef="onCharge"/>
            <bpmn:intermediateThrowEvent id="undo"><bpmn:compensateEventDefinition/></bpmn:intermediateThrowEvent><bpmn:userTask id="after"/>
            """ + Chain("s", "fork", "charge") + Chain("fork", "undo", "after")));
        run.Start();

        Assert.Equal(["after", "charge"], run.OpenTasks());
        Assert.Contains(run.AllEffects.OfType<JournalEntry>(), j => j.Kind == JournalKind.CompensationThrown && j.Message.Contains("nothing"));
    }

    [Fact]
    public void AMultiInstanceActivity_IsUndoneOncePerCompletedInstance_WithItsElement()
    {
        var run = new InstanceDriver(Process("""
            <bpmn:startEvent id="s"/>
            <bpmn:scriptTask id="pay" scriptFormat="javascript"><bpmn:multiInstanceLoopCharacteristics camunda:collection="${lines}" camunda:elementVariable="line"/><bpmn:script>1</bpmn:script></bpmn:scriptTask>
            <bpmn:boundaryEvent id="onPay" attachedToRef="pay"><bpmn:compensateEventDefinition/></bpmn:boundaryEvent>
            <bpmn:scriptTask id="repay" isForCompensation="true" scriptFormat="javascript"><bpmn:script>execution.setVariable('undone', (execution.getVariable('undone') || []).concat([line + '@' + loopCounter]))</bpmn:script></bpmn:scriptTask>
            <bpmn:association id="a" sourceRef="onPay" targetRef="repay"/>
            <bpmn:userTask id="check"/>
            <bpmn:endEvent id="undo"><bpmn:compensateEventDefinition activityRef="pay"/></bpmn:endEvent>
            """ + Chain("s", "pay", "check", "undo")));
        run.Start(new { lines = new[] { "a", "b", "c" } });
        Assert.Equal(3, run.State.Compensations.Count);
        run.CompleteTask("check");

        Assert.Equal(["c@2", "b@1", "a@0"], run.Var("undone").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(InstanceStatus.Completed, run.State.Status);
    }

    [Fact]
    public void CancellingTheThrow_StopsTheRun()
    {
        var run = new InstanceDriver(Refunding(ThrowAndGoOn));
        run.Start();
        run.CompleteTask("charge");
        run.CompleteTask("book");
        run.Apply(new CancelInstance("stop"));
        Assert.Empty(run.State.CompensationRuns);
        Assert.Empty(run.OpenTasks());
    }

    [Theory]
    [InlineData("""<bpmn:userTask id="t"/><bpmn:boundaryEvent id="onT" attachedToRef="t"><bpmn:compensateEventDefinition/></bpmn:boundaryEvent>""", "onT", ProblemCodes.CompensationMissingHandler)]
    [InlineData("""<bpmn:userTask id="t"/><bpmn:intermediateThrowEvent id="x"><bpmn:compensateEventDefinition activityRef="nowhere"/></bpmn:intermediateThrowEvent>""", "x", ProblemCodes.CompensationUnknownActivity)]
    public void BadWiring_IsRefusedNamingTheElement(string body, string element, string code)
    {
        var problems = new BpmnParser().Parse(Process("""<bpmn:startEvent id="s"/>""" + body + Chain("s", "t"))).Problems;
        Assert.Contains(problems, p => p.ElementId == element && p.Code == code);
    }

    [Fact]
    public void AHandlerWithoutIncomingFlow_IsNoProblem()
    {
        var result = new BpmnParser().Parse(Refunding(ThrowAndGoOn));
        Assert.Empty(result.Problems);
    }
}
