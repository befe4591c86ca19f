using System.Text.Json;
using Workflows.Engine.Expressions;
using Workflows.Engine.Interpreting;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.Bpmn;

namespace Workflows.Tests.Engine.Interpreting;

public sealed class InterpreterTests
{
    private static string Sample => Process("""
        <bpmn:startEvent id="s"/><bpmn:parallelGateway id="fork"/><bpmn:userTask id="a"/>
        <bpmn:intermediateCatchEvent id="w"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
        <bpmn:parallelGateway id="join"/><bpmn:endEvent id="e"/>
        """ + Chain("s", "fork") + Flow("fa", "fork", "a") + Flow("fw", "fork", "w") + Flow("ja", "a", "join") + Flow("jw", "w", "join") + Chain("join", "e"));

    [Fact]
    public void Step_IsDeterministic_AndLeavesInputStateUntouched()
    {
        var first = new InstanceDriver(Sample);
        var second = new InstanceDriver(Sample);
        first.Start(new { x = 1 });
        second.Start(new { x = 1 });
        var before = first.State.ToJson();

        first.CompleteTask("a");
        second.CompleteTask("a");

        Assert.Equal(first.State.ToJson(), second.State.ToJson());
        Assert.Equal(first.Last.Effects, second.Last.Effects);
        Assert.NotEqual(before, first.State.ToJson());
    }

    [Fact]
    public void State_RoundTripsThroughJson_AndTheInstanceContinues()
    {
        var run = new InstanceDriver(Sample);
        run.Start(new { customer = new { id = "C-1" } });
        run.CompleteTask("a");
        var restored = InstanceState.FromJson(run.State.ToJson());
        Assert.Equal(run.State.ToJson(), restored.ToJson());

        var result = new Interpreter(new JavaScriptRuntime())
            .Step(run.Definition, restored, new FireTimer(restored.Timers.Single().Id), run.Now.AddHours(1));

        Assert.Equal(InstanceStatus.Completed, result.State.Status);
    }

    [Fact]
    public void CancelInstance_WithdrawsTasksAndTimers()
    {
        var run = new InstanceDriver(Sample);
        run.Start();

        run.Apply(new CancelInstance("customer hung up"));

        Assert.Equal(InstanceStatus.Cancelled, run.State.Status);
        Assert.Single(run.Last.EffectsOf<CancelUserTask>());
        Assert.Single(run.Last.EffectsOf<CancelTimer>());
        Assert.Equal("customer hung up", Assert.Single(run.Last.EffectsOf<InstanceCancelled>()).Reason);
        Assert.Empty(run.State.Tokens);
        Assert.Equal(StepOutcome.Stale, run.Apply(new CompleteUserTask(1)).Outcome);
    }

    [Fact]
    public void Step_FailsNamingTheNode_WhenALoopNeverWaits()
    {
        var run = new InstanceDriver(Process("""
            <bpmn:startEvent id="s"/><bpmn:exclusiveGateway id="spin" default="back"/><bpmn:manualTask id="again"/>
            """ + Chain("s", "spin") + Flow("back", "spin", "again") + Flow("again_spin", "again", "spin")));
        var result = run.Start();
        Assert.Equal(StepOutcome.Failed, result.Outcome);
        Assert.Equal(StepErrorCodes.TooManySteps, result.Error!.Code);
    }

    [Fact]
    public void Step_JournalsEveryNodeEntered()
    {
        var run = new InstanceDriver(Sample);
        run.Start();
        Assert.Equal(["s", "fork", "a", "w"], run.Last.EffectsOf<JournalEntry>().Where(j => j.Kind == JournalKind.NodeEntered).Select(j => j.NodeId));
        Assert.Single(run.Last.EffectsOf<JournalEntry>(), j => j.Kind == JournalKind.InstanceStarted);
    }

    [Fact]
    public void Ids_AreNeverReused()
    {
        var run = new InstanceDriver(Sample);
        run.Start();
        run.CompleteTask("a");
        run.FireTimer("w");
        var ids = run.AllEffects.OfType<CreateUserTask>().Select(t => t.TaskId)
            .Concat(run.AllEffects.OfType<ScheduleTimer>().Select(t => t.TimerId)).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.True(run.State.NextId > ids.Max());
    }

    [Fact]
    public void Variables_AreJsonValues_InTheStoredState()
    {
        var run = new InstanceDriver(Sample);
        run.Start(new { amount = 12.5, tags = new[] { "vip" } });
        using var json = JsonDocument.Parse(run.State.ToJson());
        Assert.Equal(12.5, json.RootElement.GetProperty("Variables").GetProperty("amount").GetDouble());
        Assert.Equal("Active", json.RootElement.GetProperty("Status").GetString());
    }
}
