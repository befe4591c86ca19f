using System.Text.Json;
using Workflows.Engine.Interpreting;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.Bpmn;

namespace Workflows.Tests.Engine.Behaviors;

/// <summary>Multi-instance activities (issue 21; BPMN-SEMANTICS §7, scenarios 46–52): the body, its counters and its inner instances.</summary>
public sealed class MultiInstanceBodyBehaviorTests
{
    private static InstanceDriver Review(string loop, string task = """camunda:assignee="${item}" """) => new(Process($"""
        <bpmn:startEvent id="s"/>
        <bpmn:userTask id="review" {task}>{loop}</bpmn:userTask>
        <bpmn:userTask id="after"/>
        """ + Chain("s", "review", "after")));

    private const string OverItems = """<bpmn:multiInstanceLoopCharacteristics camunda:collection="items" camunda:elementVariable="item"/>""";

    private static string Sequential(string inner) => $"""<bpmn:multiInstanceLoopCharacteristics isSequential="true">{inner}</bpmn:multiInstanceLoopCharacteristics>""";

    private static string Condition(string condition, string attributes = """camunda:collection="items" camunda:elementVariable="item" """) =>
        $"""<bpmn:multiInstanceLoopCharacteristics {attributes}><bpmn:completionCondition xsi:type="bpmn:tFormalExpression">{System.Security.SecurityElement.Escape(condition)}</bpmn:completionCondition></bpmn:multiInstanceLoopCharacteristics>""";

    [Fact]
    public void Parallel_OverCollection_CreatesATaskPerItem_WithLoopCounterFromZero()
    {
        // Scenario 46
        var run = Review(OverItems);
        run.Start(new { items = new[] { "ann", "bob", "cat" } });

        Assert.Equal(["ann", "bob", "cat"], run.Last.EffectsOf<CreateUserTask>().Select(t => t.Assignee));
        Assert.Equal([0, 1, 2], MultiInstanceRun.LoopCounters(run, "review"));
        Assert.Equal((3, 3, 0), MultiInstanceRun.Counters(run));
        Assert.False(run.State.Variables.ContainsKey("item"));
        Assert.False(run.State.Variables.ContainsKey("loopCounter"));

        MultiInstanceRun.CompleteInner(run, "review", 1);

        Assert.Equal((3, 2, 1), MultiInstanceRun.Counters(run));
        Assert.Equal(["review", "review"], run.OpenTasks());
    }

    [Fact]
    public void Parallel_LeavesOnce_WhenEveryInstanceCompleted()
    {
        var run = Review(OverItems);
        run.Start(new { items = new[] { "ann", "bob" } });

        MultiInstanceRun.CompleteInner(run, "review", 0);
        MultiInstanceRun.CompleteInner(run, "review", 1);

        Assert.Equal(["after"], run.OpenTasks());
        Assert.Equal(["after"], run.Waiting());
        Assert.Single(run.State.Scopes);
    }

    [Fact]
    public void CompletionCondition_CancelsTheRemainingInstances()
    {
        // Scenario 47
        var run = Review(Condition("${nrOfCompletedInstances >= 2}"));
        run.Start(new { items = new[] { "ann", "bob", "cat" } });
        var third = MultiInstanceRun.TaskOf(run, "review", 2);

        MultiInstanceRun.CompleteInner(run, "review", 0);
        Assert.Equal(2, run.OpenTasks().Count);
        MultiInstanceRun.CompleteInner(run, "review", 1);

        Assert.Single(run.Last.EffectsOf<CancelUserTask>(), c => c.TaskId == third);
        Assert.Equal(["after"], run.OpenTasks());
        Assert.Equal(1, run.Entered("after"));
    }

    [Fact]
    public void CompletionCondition_SeesTheCompletingInstancesElement()
    {
        var run = Review(Condition("${item == 'bob'}"));
        run.Start(new { items = new[] { "ann", "bob", "cat" } });

        MultiInstanceRun.CompleteInner(run, "review", 0);
        Assert.Equal(2, run.State.UserTasks.Count(t => t.NodeId == "review"));
        MultiInstanceRun.CompleteInner(run, "review", 1);

        Assert.Equal(["after"], run.OpenTasks());
    }

    [Fact]
    public void Sequential_OverCardinality_RunsOneAtATime()
    {
        // Scenario 48
        var run = Review(Sequential("<bpmn:loopCardinality>3</bpmn:loopCardinality>"), task: "");
        run.Start();

        var seen = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(["review"], run.OpenTasks());
            Assert.Equal((3, 1, i), MultiInstanceRun.Counters(run));
            seen.AddRange(MultiInstanceRun.LoopCounters(run, "review"));
            run.CompleteTask("review");
        }

        Assert.Equal([0, 1, 2], seen);
        Assert.Equal(["after"], run.OpenTasks());
    }

    [Fact]
    public void Sequential_ConditionTrueAfterFirst_StartsNoSecond()
    {
        var run = Review(Condition("${true}", """isSequential="true" """).Replace("<bpmn:completionCondition", "<bpmn:loopCardinality>3</bpmn:loopCardinality><bpmn:completionCondition"), task: "");
        run.Start();

        run.CompleteTask("review");

        Assert.Equal(["after"], run.OpenTasks());
        Assert.Equal(1, run.AllEffects.OfType<CreateUserTask>().Count(t => t.NodeId == "review"));
    }

    [Theory]
    [InlineData("${items}")]
    [InlineData("#{items}")]
    public void Sequential_OverCollectionExpression_GivesEachItemInOrder(string collection)
    {
        var run = Review(Sequential("").Replace("isSequential", $"""camunda:collection="{collection}" camunda:elementVariable="item" isSequential"""));
        run.Start(new { items = new[] { "ann", "bob" } });
        Assert.Equal("ann", Assert.Single(run.Last.EffectsOf<CreateUserTask>()).Assignee);

        run.CompleteTask("review");

        Assert.Equal("bob", Assert.Single(run.Last.EffectsOf<CreateUserTask>()).Assignee);
    }

    [Fact]
    public void ParallelOverCardinalityExpression_CreatesThatMany()
    {
        var run = Review("<bpmn:multiInstanceLoopCharacteristics><bpmn:loopCardinality>${n + 1}</bpmn:loopCardinality></bpmn:multiInstanceLoopCharacteristics>", task: "");
        run.Start(new { n = 3 });

        Assert.Equal(4, run.OpenTasks().Count);
    }

    [Theory]
    [InlineData("<bpmn:loopCardinality>0</bpmn:loopCardinality>", "{}")]
    [InlineData("", """{"items":[]}""")]
    public void NoInstances_LeavesAtOnce(string cardinality, string variables)
    {
        var run = Review($"""<bpmn:multiInstanceLoopCharacteristics camunda:collection="items">{cardinality}</bpmn:multiInstanceLoopCharacteristics>""".Replace(" camunda:collection=\"items\"", cardinality.Length > 0 ? "" : " camunda:collection=\"items\""), task: "");
        run.Start(JsonSerializer.Deserialize<Dictionary<string, object>>(variables));

        Assert.Equal(["after"], run.OpenTasks());
    }

    [Theory]
    [InlineData("""{"items":"not a list"}""", "the text 'not a list', not a list")]
    [InlineData("""{"items":{"a":1}}""", "an object, not a list")]
    [InlineData("{}", "'items' of multi-instance 'review' is not set")]
    public void CollectionThatIsNotAList_FailsTheStep_NamingTheNode(string variables, string message)
    {
        // Scenario 49
        var run = Review(OverItems);
        var result = run.Start(JsonSerializer.Deserialize<Dictionary<string, object>>(variables));

        Assert.Equal(StepOutcome.Failed, result.Outcome);
        Assert.Equal(("multi-instance-invalid", "review"), (result.Error!.Code, result.Error.NodeId));
        Assert.Contains(message, result.Error.Message);
        Assert.Equal(InstanceStatus.NotStarted, run.State.Status);
        Assert.Empty(result.Effects);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(1.5)]
    public void CardinalityExpressionThatIsNotACount_FailsTheStep(double n)
    {
        var run = Review("<bpmn:multiInstanceLoopCharacteristics><bpmn:loopCardinality>${n}</bpmn:loopCardinality></bpmn:multiInstanceLoopCharacteristics>", task: "");
        var result = run.Start(new { n });

        Assert.Equal(StepOutcome.Failed, result.Outcome);
        Assert.Equal("review", result.Error!.NodeId);
        Assert.Contains("whole number", result.Error.Message);
    }

    [Fact]
    public void CompletionConditionThatIsNotBoolean_RejectsThatCompletion()
    {
        // Scenario 50
        var run = Review(Condition("${'yes'}"));
        run.Start(new { items = new[] { "ann", "bob" } });
        var before = run.State;

        var result = MultiInstanceRun.CompleteInner(run, "review", 0);

        Assert.Equal(StepOutcome.Failed, result.Outcome);
        Assert.Equal("review", result.Error!.NodeId);
        Assert.Same(before, run.State);
        Assert.Equal(2, run.OpenTasks().Count);
    }

    [Fact]
    public void CompletionVariables_GoToTheProcess_AndLocalsStayWithTheirInstance()
    {
        var run = Review(OverItems);
        run.Start(new { items = new[] { "ann", "bob" } });

        MultiInstanceRun.CompleteInner(run, "review", 1, new { verdict = "ok", item = "changed" });

        Assert.Equal("ok", run.Var("verdict").GetString());
        Assert.False(run.State.Variables.ContainsKey("item"));
        Assert.Equal("ann", MultiInstanceRun.Element(run, "review", 0, "item").GetString());
    }

    [Fact]
    public void ServiceTask_RunsAnActivityPerItem_WithItsElementAmongTheInputs()
    {
        var run = new InstanceDriver(Process("""
            <bpmn:startEvent id="s"/>
            <bpmn:serviceTask id="notify" camunda:type="external" camunda:topic="notify-customer">
              <bpmn:multiInstanceLoopCharacteristics camunda:collection="customers" camunda:elementVariable="customer"/>
            </bpmn:serviceTask>
            <bpmn:endEvent id="e"/>
            """ + Chain("s", "notify", "e")));
        run.Start(new { customers = new[] { "c1", "c2" } });

        var runs = run.Last.EffectsOf<RunActivity>().ToList();
        Assert.Equal(["c1", "c2"], runs.Select(r => r.Inputs["customer"].GetString()));
        Assert.Equal([0, 1], runs.Select(r => r.Inputs["loopCounter"].GetInt32()));

        foreach (var job in run.State.Jobs.ToList()) run.Apply(new CompleteActivity(job.Id));

        Assert.Equal(InstanceStatus.Completed, run.State.Status);
    }
}
