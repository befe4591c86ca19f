using Workflows.Engine.Interpreting;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.Bpmn;

namespace Workflows.Tests.Engine.Behaviors.Tasks;

public sealed class UserTaskBehaviorTests
{
    [Fact]
    public void Start_WaitsAtUserTask_ThenCompletes_WhenTaskCompleted()
    {
        // Scenario 1
        var run = new InstanceDriver(Process("""
            <bpmn:startEvent id="s"/><bpmn:userTask id="review" name="Review"/><bpmn:endEvent id="e"/>
            """ + Chain("s", "review", "e")));

        run.Start();
        Assert.Equal(StepOutcome.Ok, run.Last.Outcome);
        Assert.Equal(["review"], run.Waiting());
        var created = Assert.Single(run.Last.EffectsOf<CreateUserTask>());
        Assert.Equal("Review", created.Name);

        run.CompleteTask("review", new { approved = true });
        Assert.Equal(InstanceStatus.Completed, run.State.Status);
        Assert.Single(run.Last.EffectsOf<InstanceCompleted>());
        Assert.True(run.Var("approved").GetBoolean());
    }

    [Fact]
    public void Execute_ResolvesAssignmentExpressions_WhenTaskIsCreated()
    {
        var run = new InstanceDriver(Process("""
            <bpmn:startEvent id="s"/>
            <bpmn:userTask id="t" camunda:assignee="${owner}" camunda:candidateGroups="agent-l1, ${tier}" camunda:candidateUsers="ann,bob"
                           camunda:dueDate="P2D" camunda:followUpDate="2026-12-01T09:00:00Z" camunda:priority="${urgent ? 90 : 50}" camunda:formKey="forms/understand.json"/>
            """ + Chain("s", "t")));

        run.Start(new { owner = "agent1", tier = "agent-l2", urgent = true });

        var task = Assert.Single(run.Last.EffectsOf<CreateUserTask>());
        Assert.Equal("agent1", task.Assignee);
        Assert.Equal(["agent-l1", "agent-l2"], task.CandidateGroups);
        Assert.Equal(["ann", "bob"], task.CandidateUsers);
        Assert.Equal(run.Now.AddDays(2), task.DueDate);
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero), task.FollowUpDate);
        Assert.Equal(90, task.Priority);
        Assert.Equal("forms/understand.json", task.FormKey);
    }

    [Fact]
    public void CompleteUserTask_IsStale_WhenTaskWasAlreadyCompleted()
    {
        var run = new InstanceDriver(Process("""<bpmn:startEvent id="s"/><bpmn:userTask id="t"/><bpmn:userTask id="u"/>""" + Chain("s", "t", "u")));
        run.Start();
        var id = run.TaskAt("t");
        run.CompleteTask("t");

        var again = run.Apply(new CompleteUserTask(id));

        Assert.Equal(StepOutcome.Stale, again.Outcome);
        Assert.Empty(again.Effects);
        Assert.Equal(["u"], run.OpenTasks());
    }
}
