using Workflows.Engine.Interpreting;
using Workflows.Engine.Parsing;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.Bpmn;

namespace Workflows.Tests.Engine.Behaviors.Events;

/// <summary>
/// Conditional events as Camunda 7 triggers them: looked at when their wait begins and whenever variables change
/// (filtered by camunda:variableName and camunda:variableEvents); a catch goes on, a boundary fires interrupting or
/// beside its host. Cite: issue 21, part 5.
/// </summary>
public sealed class ConditionalEventTests
{
    private static string Catch(string id, string condition, string filters = "") =>
        $"""<bpmn:intermediateCatchEvent id="{id}"><bpmn:conditionalEventDefinition {filters}><bpmn:condition xsi:type="bpmn:tFormalExpression">{condition}</bpmn:condition></bpmn:conditionalEventDefinition></bpmn:intermediateCatchEvent>""";

    private static string Boundary(string id, string host, string condition, bool interrupting) =>
        $"""<bpmn:boundaryEvent id="{id}" attachedToRef="{host}" cancelActivity="{(interrupting ? "true" : "false")}"><bpmn:conditionalEventDefinition><bpmn:condition xsi:type="bpmn:tFormalExpression">{condition}</bpmn:condition></bpmn:conditionalEventDefinition></bpmn:boundaryEvent>""";

    private static StepResult Set(InstanceDriver run, object variables) => run.Apply(new SetVariables(InstanceDriver.Vars(variables)));

    [Fact]
    public void ACatch_WaitsUntilItsConditionHolds_AndPassesAtOnceWhenItAlreadyDoes()
    {
        var xml = Process($"""<bpmn:startEvent id="s"/>{Catch("ready", "${processorAvailable == true}")}<bpmn:userTask id="process"/>""" + Chain("s", "ready", "process"));
        var run = new InstanceDriver(xml);
        run.Start(new { processorAvailable = false });
        Assert.Equal(["ready"], run.Waiting());

        Set(run, new { other = 1 });
        Assert.Equal(["ready"], run.Waiting());
        Set(run, new { processorAvailable = true });
        Assert.Equal(["process"], run.OpenTasks());

        var already = new InstanceDriver(xml);
        already.Start(new { processorAvailable = true });
        Assert.Equal(["process"], already.OpenTasks());
    }

    [Fact]
    public void VariableNameAndEvents_DecideWhichChangesMakeItLookAgain()
    {
        var run = new InstanceDriver(Process($"""<bpmn:startEvent id="s"/>{Catch("c", "${a + b > 10}", """camunda:variableName="b" camunda:variableEvents="update" """)}<bpmn:userTask id="t"/>"""
            + Chain("s", "c", "t")));
        run.Start(new { a = 1 });
        Set(run, new { b = 100 });    // b created, not updated: not looked at
        Set(run, new { a = 50 });     // not b
        Assert.Equal(["c"], run.Waiting());
        Set(run, new { b = 20 });     // b updated
        Assert.Equal(["t"], run.OpenTasks());
    }

    [Fact]
    public void AnInterruptingBoundary_EndsItsTaskWhenTheConditionComesTrue()
    {
        var run = new InstanceDriver(Process($"""
            <bpmn:startEvent id="s"/><bpmn:userTask id="review"/><bpmn:endEvent id="e"/>{Boundary("changed", "review", "${applicationChanged}", interrupting: true)}<bpmn:userTask id="reReview"/>
            """ + Chain("s", "review", "e") + Chain("changed", "reReview")));
        run.Start(new { applicationChanged = false });
        Assert.Equal(["review"], run.OpenTasks());
        Set(run, new { applicationChanged = true });
        Assert.Equal(["reReview"], run.OpenTasks());
        Assert.Single(run.Last.EffectsOf<CancelUserTask>());
    }

    [Fact]
    public void ANonInterruptingBoundary_FiresBesideItsHost_OnEachChangeWhileTrue_AndAtArrivalWhenAlreadyTrue()
    {
        var xml = Process($"""
            <bpmn:startEvent id="s"/><bpmn:userTask id="work"/><bpmn:endEvent id="e"/>{Boundary("vip", "work", "${amount > 1000}", interrupting: false)}<bpmn:userTask id="inform"/><bpmn:endEvent id="ie"/>
            """ + Chain("s", "work", "e") + Chain("vip", "inform", "ie"));
        var run = new InstanceDriver(xml);
        run.Start(new { amount = 10 });
        Set(run, new { amount = 5000 });
        Assert.Equal(["inform", "work"], run.OpenTasks());

        var atOnce = new InstanceDriver(xml);
        atOnce.Start(new { amount = 5000 });
        Assert.Equal(["inform", "work"], atOnce.OpenTasks());
        atOnce.CompleteTask("work");
        Assert.Equal(["inform"], atOnce.OpenTasks());
    }

    [Fact]
    public void AConditionThatFails_FailsTheStep_NamingTheEvent_AndNothingChanges()
    {
        var run = new InstanceDriver(Process($"""<bpmn:startEvent id="s"/>{Catch("c", "${missing.field > 1}")}<bpmn:userTask id="t"/>""" + Chain("s", "c", "t")));
        var failed = run.Start();
        Assert.Equal(StepOutcome.Failed, failed.Outcome);
        Assert.Equal("c", failed.Error!.NodeId);
    }

    [Fact]
    public void AConditionalEventWithoutACondition_IsRefusedAtPublish()
    {
        var xml = Process("""<bpmn:startEvent id="s"/><bpmn:intermediateCatchEvent id="c"><bpmn:conditionalEventDefinition/></bpmn:intermediateCatchEvent><bpmn:endEvent id="e"/>""" + Chain("s", "c", "e"));
        var problem = Assert.Single(new BpmnParser().Parse(xml).Problems);
        Assert.Equal((ProblemCodes.ConditionalMissingCondition, "c"), (problem.Code, problem.ElementId));
    }
}
