using Workflows.Engine.Activities;
using Workflows.Engine.Expressions;
using Workflows.Engine.Interpreting;
using Workflows.Engine.Parsing;
using Workflows.Engine.Runtime;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.Bpmn;

namespace Workflows.Tests.Engine.Runtime;

/// <summary>The step loop over the store and activity ports, without a database.</summary>
public sealed class WorkflowRuntimeTests
{
    private static readonly string Flow = Process("""
        <bpmn:startEvent id="s"/>
        <bpmn:serviceTask id="lookup" camunda:type="external" camunda:topic="echo"/>
        <bpmn:userTask id="review"/>
        """ + Chain("s", "lookup", "review"));

    /// <summary>Answers "echo" the way the host's keyed activities do, or fails when told to.</summary>
    private sealed class Activities(bool fail) : IActivityInvoker
    {
        public int Calls { get; private set; }

        public Task<InstanceEvent> InvokeAsync(Guid instanceId, string? businessKey, string? actor, RunActivity request, CancellationToken cancellationToken)
        {
            Calls++;
            if (fail) throw new ActivityFailedException(request.NodeId, "core banking is down");
            return Task.FromResult<InstanceEvent>(new CompleteActivity(request.JobId, InstanceDriver.Vars(new { echo = "HELLO" })));
        }
    }

    private static (WorkflowRuntime Runtime, MemoryInstanceStore Store, Activities Activities) Build(bool failingActivity = false)
    {
        var store = new MemoryInstanceStore(new BpmnParser().ParseValid(Flow));
        var activities = new Activities(failingActivity);
        return (new WorkflowRuntime(store, new Interpreter(new JavaScriptRuntime()), activities, TimeProvider.System), store, activities);
    }

    [Fact]
    public async Task Start_RunsInlineActivity_AndCommitsOnceWhenEveryTokenWaits()
    {
        var (runtime, store, activities) = Build();

        var outcome = await runtime.StartAsync(Guid.NewGuid(), new StartInstance(), "agent1", CancellationToken.None);

        Assert.Equal((StepOutcome.Ok, "active"), (outcome.Outcome, outcome.Status));
        Assert.Equal(1, activities.Calls);
        var committed = Assert.Single(store.Committed);
        Assert.Equal("HELLO", committed.State.Variables["echo"].GetString());
        Assert.Equal(["review"], committed.State.UserTasks.Select(t => t.NodeId));
        Assert.Equal(committed.State.UserTasks.Select(t => t.Id), outcome.OpenedTasks.Select(t => t.TaskId));
        Assert.Contains(committed.Effects, e => e is CreateUserTask);
        Assert.Equal("agent1", committed.Actor);
    }

    [Fact]
    public async Task FailingActivity_RollsBack_AndNamesTheElement()
    {
        var (runtime, store, _) = Build(failingActivity: true);

        var outcome = await runtime.StartAsync(Guid.NewGuid(), new StartInstance(), null, CancellationToken.None);

        Assert.Equal(StepOutcome.Failed, outcome.Outcome);
        Assert.Equal(("activity-failed", "lookup"), (outcome.Error!.Code, outcome.Error.NodeId));
        Assert.Empty(store.Committed);
        Assert.Equal(1, store.RolledBack);
    }

    [Fact]
    public async Task LostClaim_IsStale_AndChangesNothing()
    {
        var (runtime, store, _) = Build();
        var started = await runtime.StartAsync(Guid.NewGuid(), new StartInstance(), null, CancellationToken.None);
        var before = store.Instances[started.InstanceId];

        var outcome = await runtime.ApplyAsync(started.InstanceId, new CompleteUserTask(started.OpenedTasks[0].TaskId), null,
            claim: _ => Task.FromResult(false), CancellationToken.None);

        Assert.Equal(StepOutcome.Stale, outcome.Outcome);
        Assert.Same(before, store.Instances[started.InstanceId]);
        Assert.Single(store.Committed);
    }

    [Fact]
    public async Task MissingInstance_FailsWithNotFound()
    {
        var (runtime, _, _) = Build();

        var outcome = await runtime.ApplyAsync(Guid.NewGuid(), new CancelInstance(), null, null, CancellationToken.None);

        Assert.Equal("not-found", outcome.Error!.Code);
    }
}
