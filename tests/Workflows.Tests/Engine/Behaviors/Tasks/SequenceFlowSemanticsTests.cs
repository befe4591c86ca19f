using Workflows.Engine.Interpreting;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.Bpmn;

namespace Workflows.Tests.Engine.Behaviors.Tasks;

/// <summary>Leaving a non-gateway node: implicit inclusive split, implicit end, uncontrolled merge.</summary>
public sealed class SequenceFlowSemanticsTests
{
    [Fact]
    public void Leave_CompletesInstance_AfterBothBranchesOfAnImplicitFork()
    {
        // Scenario 2: A has no outgoing flow (implicit end), B waits.
        var run = new InstanceDriver(Process("""
            <bpmn:startEvent id="s"/><bpmn:manualTask id="a"/><bpmn:userTask id="b"/>
            """ + Flow("f1", "s", "a") + Flow("f2", "s", "b")));

        run.Start();
        Assert.Equal(["b"], run.Waiting());
        Assert.Equal(InstanceStatus.Active, run.State.Status);

        run.CompleteTask("b");
        Assert.Equal(InstanceStatus.Completed, run.State.Status);
    }

    private static string ThreeWay(string? defaultFlow, bool aTrue, bool withUnconditional) => Process($"""
        <bpmn:startEvent id="s"/>
        <bpmn:manualTask id="t" {(defaultFlow is null ? "" : $"default=\"{defaultFlow}\"")}/>
        <bpmn:userTask id="A"/><bpmn:userTask id="B"/>
        {(withUnconditional ? "<bpmn:userTask id=\"U\"/>" : "")}{(defaultFlow is null ? "" : "<bpmn:userTask id=\"D\"/>")}
        """ + Flow("s_t", "s", "t")
        + (withUnconditional ? Flow("u", "t", "U") : "")
        + Flow("a", "t", "A", aTrue ? "${x > 1}" : "${x < 1}")
        + Flow("b", "t", "B", "${x > 100}")
        + (defaultFlow is null ? "" : Flow("d", "t", "D", "${true}")));

    [Fact]
    public void Leave_TakesUnconditionalAndTrueFlows_NotFalseOnes()
    {
        // Scenario 3a
        var run = new InstanceDriver(ThreeWay("d", aTrue: true, withUnconditional: true));
        run.Start(new { x = 5 });
        Assert.Equal(["A", "U"], run.OpenTasks());
    }

    [Fact]
    public void Leave_TakesDefaultFlow_WhenAllConditionsAreFalse()
    {
        // Scenario 3b: the default flow's own condition is ignored.
        var run = new InstanceDriver(ThreeWay("d", aTrue: false, withUnconditional: false));
        run.Start(new { x = 5 });
        Assert.Equal(["D"], run.OpenTasks());
    }

    [Fact]
    public void Leave_FailsStep_WhenNoConditionIsTrueAndNoDefault()
    {
        // Scenario 3c: a failed start leaves no instance.
        var run = new InstanceDriver(ThreeWay(null, aTrue: false, withUnconditional: false));
        var result = run.Start(new { x = 5 });
        Assert.Equal(StepOutcome.Failed, result.Outcome);
        Assert.Equal("t", result.Error!.NodeId);
        Assert.Equal(StepErrorCodes.NoFlowSelected, result.Error.Code);
        Assert.Equal(InstanceStatus.NotStarted, result.State.Status);
        Assert.Empty(result.Effects);
    }

    [Fact]
    public void Enter_RunsTaskTwice_WhenTwoBranchesMergeWithoutGateway()
    {
        // Scenario 4: uncontrolled merge.
        var run = new InstanceDriver(Process("""
            <bpmn:startEvent id="s"/><bpmn:manualTask id="a"/><bpmn:manualTask id="b"/><bpmn:userTask id="t"/>
            """ + Flow("s_a", "s", "a") + Flow("s_b", "s", "b") + Flow("a_t", "a", "t") + Flow("b_t", "b", "t")));
        run.Start();
        Assert.Equal(2, run.State.UserTasks.Count(t => t.NodeId == "t"));
        Assert.Equal(2, run.Last.EffectsOf<CreateUserTask>().Count());
    }
}
