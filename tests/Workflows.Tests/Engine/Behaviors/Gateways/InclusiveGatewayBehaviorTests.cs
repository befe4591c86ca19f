using Workflows.Engine.Interpreting;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.Bpmn;

namespace Workflows.Tests.Engine.Behaviors.Gateways;

public sealed class InclusiveGatewayBehaviorTests
{
    private static InstanceDriver ForkJoin() => new(Process("""
        <bpmn:startEvent id="s"/><bpmn:inclusiveGateway id="fork"/><bpmn:userTask id="A"/><bpmn:userTask id="B"/><bpmn:userTask id="C"/>
        <bpmn:inclusiveGateway id="join"/><bpmn:userTask id="after"/>
        """ + Flow("s_f", "s", "fork") + Flow("fa", "fork", "A", "${a}") + Flow("fb", "fork", "B", "${b}") + Flow("fc", "fork", "C", "${c}")
        + Flow("ja", "A", "join") + Flow("jb", "B", "join") + Flow("jc", "C", "join") + Flow("j_after", "join", "after")));

    [Fact]
    public void Join_WaitsForEveryTakenBranch_WhenTwoOfThreeForked()
    {
        // Scenario 12a
        var run = ForkJoin();
        run.Start(new { a = true, b = true, c = false });
        Assert.Equal(["A", "B"], run.OpenTasks());

        run.CompleteTask("A");
        Assert.Equal(["B"], run.OpenTasks());

        run.CompleteTask("B");
        Assert.Equal(["after"], run.OpenTasks());
        Assert.Equal(1, run.Entered("after"));
    }

    [Fact]
    public void Join_FiresOnce_WhenBranchesArriveInTheSameStep()
    {
        // Both branches pass straight through; the second token is still on its way when the first arrives.
        var run = new InstanceDriver(Process("""
            <bpmn:startEvent id="s"/><bpmn:inclusiveGateway id="fork"/><bpmn:manualTask id="A"/><bpmn:manualTask id="B"/>
            <bpmn:inclusiveGateway id="join"/><bpmn:userTask id="after"/>
            """ + Flow("s_f", "s", "fork") + Flow("fa", "fork", "A", "${true}") + Flow("fb", "fork", "B", "${true}")
            + Flow("ja", "A", "join") + Flow("jb", "B", "join") + Flow("j_after", "join", "after")));

        run.Start();

        Assert.Equal(["after"], run.OpenTasks());
        Assert.DoesNotContain(run.State.Tokens, t => t.NodeId == "join");
    }

    [Fact]
    public void Fork_FailsStep_WhenNoConditionIsTrueAndNoDefault()
    {
        // Scenario 12b
        var result = ForkJoin().Start(new { a = false, b = false, c = false });
        Assert.Equal(StepOutcome.Failed, result.Outcome);
        Assert.Equal("fork", result.Error!.NodeId);
    }

    [Fact]
    public void Join_FiresWhenOnlyTakenBranchArrives()
    {
        // Scenario 13
        var run = ForkJoin();
        run.Start(new { a = true, b = false, c = false });
        run.CompleteTask("A");
        Assert.Equal(["after"], run.OpenTasks());
    }

    private static InstanceDriver UpstreamTask() => new(Process("""
        <bpmn:startEvent id="s"/><bpmn:parallelGateway id="fork"/><bpmn:manualTask id="A"/><bpmn:userTask id="up"/>
        <bpmn:exclusiveGateway id="x" default="away"/><bpmn:userTask id="other"/>
        <bpmn:inclusiveGateway id="join"/><bpmn:userTask id="after"/>
        """ + Flow("s_f", "s", "fork") + Flow("f_a", "fork", "A") + Flow("f_up", "fork", "up") + Flow("fa", "A", "join")
        + Flow("up_x", "up", "x") + Flow("fb", "x", "join", "${go}") + Flow("away", "x", "other") + Flow("j_after", "join", "after")));

    [Fact]
    public void Join_Waits_WhileAnUpstreamTokenCanReachAnEmptyInput()
    {
        // Scenario 14
        var run = UpstreamTask();
        run.Start();
        Assert.Single(run.State.Tokens, t => t.NodeId == "join" && t.Status == TokenStatus.Joining);
        Assert.Equal(["up"], run.OpenTasks());
    }

    [Fact]
    public void Join_FiresInSameStep_WhenUpstreamTokenTurnsAway()
    {
        // Scenario 15
        var run = UpstreamTask();
        run.Start();
        run.CompleteTask("up", new { go = false });
        Assert.Equal(["after", "other"], run.OpenTasks());
    }

    [Fact]
    public void Join_Waits_WhileNestedSubprocessRuns_ThenFires()
    {
        // Scenario 16
        var run = new InstanceDriver(Process("""
            <bpmn:startEvent id="s"/><bpmn:parallelGateway id="fork"/><bpmn:manualTask id="A"/>
            <bpmn:subProcess id="sp"><bpmn:startEvent id="ss"/><bpmn:userTask id="inner"/>
            """ + Chain("ss", "inner") + """
            </bpmn:subProcess>
            <bpmn:inclusiveGateway id="join"/><bpmn:userTask id="after"/>
            """ + Flow("s_f", "s", "fork") + Flow("f_a", "fork", "A") + Flow("f_sp", "fork", "sp") + Flow("fa", "A", "join") + Flow("fb", "sp", "join") + Flow("j_after", "join", "after")));

        run.Start();
        Assert.Equal(["inner"], run.OpenTasks());

        run.CompleteTask("inner");
        Assert.Equal(["after"], run.OpenTasks());
        Assert.Equal(1, run.Entered("after"));
    }

    [Fact]
    public void Join_InLoop_IsNotReleasedByPreviousIterationState()
    {
        // Scenario 17
        var run = new InstanceDriver(Process("""
            <bpmn:startEvent id="s"/><bpmn:exclusiveGateway id="merge"/><bpmn:inclusiveGateway id="fork"/>
            <bpmn:userTask id="A"/><bpmn:userTask id="B"/><bpmn:inclusiveGateway id="join"/>
            <bpmn:scriptTask id="count" scriptFormat="javascript" camunda:resultVariable="n"><bpmn:script>(n || 0) + 1</bpmn:script></bpmn:scriptTask>
            <bpmn:exclusiveGateway id="again" default="done"/><bpmn:userTask id="end"/>
            """ + Chain("s", "merge", "fork") + Flow("fa", "fork", "A", "${true}") + Flow("fb", "fork", "B", "${true}")
            + Flow("ja", "A", "join") + Flow("jb", "B", "join") + Chain("join", "count", "again")
            + Flow("loop", "again", "merge", "${n < 2}") + Flow("done", "again", "end")));

        run.Start();
        run.CompleteTask("A");
        run.CompleteTask("B");
        Assert.Equal(["A", "B"], run.OpenTasks());

        run.CompleteTask("A");
        Assert.Equal(["B"], run.OpenTasks());
        Assert.Equal(1, run.Var("n").GetInt32());

        run.CompleteTask("B");
        Assert.Equal(["end"], run.OpenTasks());
        Assert.Equal(2, run.Var("n").GetInt32());
    }
}
