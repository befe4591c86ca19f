using Workflows.Engine.Interpreting;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.Bpmn;

namespace Workflows.Tests.Engine.Behaviors.Gateways;

public sealed class ParallelGatewayBehaviorTests
{
    [Fact]
    public void Fork_IgnoresConditions_AndJoinFiresOnceAfterBoth()
    {
        // Scenario 5
        var run = new InstanceDriver(Process("""
            <bpmn:startEvent id="s"/><bpmn:parallelGateway id="fork"/><bpmn:userTask id="A"/><bpmn:userTask id="B"/>
            <bpmn:parallelGateway id="join"/><bpmn:userTask id="after"/>
            """ + Flow("s_f", "s", "fork") + Flow("fa", "fork", "A", "${false}") + Flow("fb", "fork", "B", "${false}")
            + Flow("ja", "A", "join") + Flow("jb", "B", "join") + Flow("j_after", "join", "after")));

        run.Start();
        Assert.Equal(["A", "B"], run.OpenTasks());
        run.CompleteTask("A");
        Assert.Equal(["B"], run.OpenTasks());
        Assert.Contains(run.State.Tokens, t => t.NodeId == "join" && t.Status == TokenStatus.Joining);
        run.CompleteTask("B");
        Assert.Equal(["after"], run.OpenTasks());
        Assert.Equal(1, run.Entered("after"));
    }

    [Fact]
    public void Join_FiresOncePerLoopIteration_InsideALoop()
    {
        // Scenario 6: XOR merge → fork → join → XOR looping back twice: three firings.
        var run = new InstanceDriver(Process("""
            <bpmn:startEvent id="s"/><bpmn:exclusiveGateway id="merge"/><bpmn:parallelGateway id="fork"/>
            <bpmn:manualTask id="A"/><bpmn:manualTask id="B"/><bpmn:parallelGateway id="join"/>
            <bpmn:scriptTask id="count" scriptFormat="javascript" camunda:resultVariable="n"><bpmn:script>(n || 0) + 1</bpmn:script></bpmn:scriptTask>
            <bpmn:exclusiveGateway id="again" default="done"/><bpmn:userTask id="end"/>
            """ + Chain("s", "merge", "fork") + Flow("fa", "fork", "A") + Flow("fb", "fork", "B") + Flow("ja", "A", "join") + Flow("jb", "B", "join")
            + Chain("join", "count", "again") + Flow("loop", "again", "merge", "${n < 3}") + Flow("done", "again", "end")));

        run.Start();

        Assert.Equal(3, run.Entered("count"));
        Assert.Equal(3, run.Var("n").GetInt32());
        Assert.Equal(["end"], run.Waiting());
    }

    [Fact]
    public void Join_ConsumesOneTokenPerFlow_AndSurplusWaitsForNextBranch()
    {
        // Scenario 7: branch A arrives twice before B.
        var run = new InstanceDriver(Process("""
            <bpmn:startEvent id="s"/><bpmn:parallelGateway id="fork"/><bpmn:manualTask id="dup"/><bpmn:exclusiveGateway id="am"/>
            <bpmn:userTask id="b1"/><bpmn:userTask id="b2"/><bpmn:exclusiveGateway id="bm"/>
            <bpmn:parallelGateway id="join"/><bpmn:userTask id="after"/>
            """ + Flow("s_f", "s", "fork") + Flow("f_dup", "fork", "dup") + Flow("d1", "dup", "am") + Flow("d2", "dup", "am")
            + Flow("fa", "am", "join") + Flow("f_b1", "fork", "b1") + Flow("s_b2", "s", "b2") + Flow("b1_m", "b1", "bm") + Flow("b2_m", "b2", "bm")
            + Flow("fb", "bm", "join") + Flow("j_after", "join", "after")));

        run.Start();
        Assert.Equal(2, run.State.Tokens.Count(t => t.NodeId == "join" && t.ArrivedVia == "fa"));

        run.CompleteTask("b1");
        Assert.Equal(1, run.State.UserTasks.Count(t => t.NodeId == "after"));
        Assert.Single(run.State.Tokens, t => t.NodeId == "join" && t.ArrivedVia == "fa");

        run.CompleteTask("b2");
        Assert.Equal(2, run.State.UserTasks.Count(t => t.NodeId == "after"));
        Assert.DoesNotContain(run.State.Tokens, t => t.NodeId == "join");
    }

    [Fact]
    public void Join_SeesOnlyItsOwnScopeTokens_WhenSubprocessRunsTwice()
    {
        // Scenario 8
        var run = new InstanceDriver(Process("""
            <bpmn:startEvent id="s"/>
            <bpmn:subProcess id="sp">
              <bpmn:startEvent id="ss"/><bpmn:parallelGateway id="fork"/><bpmn:userTask id="x"/><bpmn:userTask id="y"/>
              <bpmn:parallelGateway id="join"/><bpmn:userTask id="z"/>
            """ + Flow("ss_f", "ss", "fork") + Flow("fx", "fork", "x") + Flow("fy", "fork", "y") + Flow("jx", "x", "join") + Flow("jy", "y", "join") + Flow("jz", "join", "z") + """
            </bpmn:subProcess>
            """ + Flow("s1", "s", "sp") + Flow("s2", "s", "sp")));

        run.Start();
        Assert.Equal(2, run.State.Scopes.Count(s => s.SubProcessId == "sp"));
        var xs = run.State.UserTasks.Where(t => t.NodeId == "x").ToList();
        var ys = run.State.UserTasks.Where(t => t.NodeId == "y").ToList();
        long ScopeOf(UserTaskState t) => run.State.Tokens.Single(k => k.Id == t.TokenId).ScopeId;
        var secondY = ys.Single(y => ScopeOf(y) != ScopeOf(xs[0]));
        var firstY = ys.Single(y => ScopeOf(y) == ScopeOf(xs[0]));

        run.Apply(new CompleteUserTask(xs[0].Id));
        run.Apply(new CompleteUserTask(secondY.Id));
        Assert.DoesNotContain(run.State.UserTasks, t => t.NodeId == "z");

        run.Apply(new CompleteUserTask(firstY.Id));
        Assert.Single(run.State.UserTasks, t => t.NodeId == "z");
    }

    [Fact]
    public void Join_ReportsDeadlock_WhenFedByAnExclusiveSplit()
    {
        // Scenario 9
        var run = new InstanceDriver(Process("""
            <bpmn:startEvent id="s"/><bpmn:exclusiveGateway id="x" default="b"/><bpmn:manualTask id="A"/><bpmn:manualTask id="B"/>
            <bpmn:parallelGateway id="join"/><bpmn:endEvent id="e"/>
            """ + Flow("s_x", "s", "x") + Flow("a", "x", "A") + Flow("b", "x", "B") + Flow("ja", "A", "join") + Flow("jb", "B", "join") + Flow("je", "join", "e")));

        run.Start();

        Assert.Equal(InstanceStatus.Active, run.State.Status);
        var incident = Assert.Single(run.State.Incidents);
        Assert.Equal(IncidentKind.Deadlock, incident.Kind);
        Assert.Equal("join", incident.NodeId);
        Assert.Single(run.Last.EffectsOf<RaiseIncident>());
    }
}
