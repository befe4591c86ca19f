using Workflows.Engine.Interpreting;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.Bpmn;

namespace Workflows.Tests.Engine.Scenarios;

/// <summary>Multi-instance activities end to end (issue 21): Camunda 7 and Camunda 8 diagrams, boundary events on the body, restarts.</summary>
public sealed class MultiInstanceScenarioTests
{
    private static readonly object ThreeLines = new
    {
        lines = new[] { new { sku = "A", owner = "ann" }, new { sku = "B", owner = "bob" }, new { sku = "C", owner = "cat" } },
    };

    private static InstanceDriver RefundLines() => new(InstanceDriver.Fixture("Engine/Scenarios/MultiInstanceRefundLines.bpmn"));

    [Fact]
    public void RefundLines_EachLineApprovedInItsOwnSubprocess_ThenPaidOut()
    {
        // Given a refund of three lines, each checked by its owner in an instance of the subprocess
        var run = RefundLines();
        run.Start(ThreeLines);
        Assert.Equal(["ann", "bob", "cat"], run.Last.EffectsOf<CreateUserTask>().Select(t => t.Assignee));
        Assert.Equal(3, run.State.Scopes.Count(s => s.SubProcessId == "Check_Line" && s.Body is null));

        // When every owner approves
        foreach (var task in run.State.UserTasks.ToList()) run.Apply(new CompleteUserTask(task.Id));

        // Then the body leaves once, its timers are closed, and the refund is paid out
        Assert.Equal(["Pay_Out"], run.OpenTasks());
        Assert.Empty(run.State.Timers);
        Assert.Single(run.State.Scopes);
    }

    [Fact]
    public void RefundLines_ARejection_CancelsTheOtherLines()
    {
        var run = RefundLines();
        run.Start(ThreeLines);

        run.Apply(new CompleteUserTask(run.State.UserTasks[1].Id, InstanceDriver.Vars(new { rejected = true })));

        Assert.Equal(2, run.Last.EffectsOf<CancelUserTask>().Count());
        Assert.Equal(["Pay_Out"], run.OpenTasks());
    }

    [Fact]
    public void RefundLines_InterruptingTimerOnTheBody_CancelsEveryInstance()
    {
        var run = RefundLines();
        run.Start(ThreeLines);

        run.FireTimer("Lines_Sla");

        Assert.Equal(3, run.Last.EffectsOf<CancelUserTask>().Count());
        Assert.Equal(["Escalate"], run.OpenTasks());
        Assert.Single(run.State.Scopes);
        Assert.Empty(run.State.Timers);
    }

    [Fact]
    public void RefundLines_NonInterruptingTimer_FiresOncePerTrigger_AndTheInstancesGoOn()
    {
        var run = RefundLines();
        run.Start(ThreeLines);
        Assert.Equal(2, run.State.Timers.Count); // the body's two boundary timers, not six

        run.FireTimer("Lines_Reminder");
        run.FireTimer("Lines_Reminder");

        Assert.Equal(2, run.OpenTasks().Count(t => t == "Remind"));
        Assert.Equal(3, run.OpenTasks().Count(t => t == "Approve_Line"));
    }

    [Fact]
    public void RefundLines_WaitingInsideTheBody_SurvivesAReload()
    {
        // Scenario 66's rule for multi-instance: counters, locals and the body's timers are instance state
        var run = RefundLines();
        run.Start(ThreeLines);
        run.Apply(new CompleteUserTask(run.State.UserTasks[0].Id));

        run.Reload();

        Assert.Equal((3, 2, 1), MultiInstanceRun.Counters(run));
        Assert.Equal("bob", MultiInstanceRun.Element(run, "Check_Line", 1, "line").GetProperty("owner").GetString());
        foreach (var task in run.State.UserTasks.ToList()) run.Apply(new CompleteUserTask(task.Id));
        Assert.Equal(["Pay_Out"], run.OpenTasks());
    }

    [Fact]
    public void OutputCollection_CamundaEightDiagram_CollectsByLoopCounter_NotByCompletionOrder()
    {
        // Scenario 52: instances completed c, a, b give [ra, rb, rc]
        var run = new InstanceDriver(InstanceDriver.Fixture("Engine/Scenarios/MultiInstanceOutputCollection.bpmn"));
        run.Start(new { suppliers = new[] { "a", "b", "c" } });

        MultiInstanceRun.CompleteInner(run, "Quote", 2, new { price = "rc" });
        MultiInstanceRun.CompleteInner(run, "Quote", 0, new { price = "ra" });
        Assert.False(run.State.Variables.ContainsKey("quotes"));
        MultiInstanceRun.CompleteInner(run, "Quote", 1, new { price = "rb" });

        Assert.Equal(["ra", "rb", "rc"], run.Var("quotes").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["Choose"], run.OpenTasks());
    }

    [Fact]
    public void OutputCollection_IsDropped_WhenAnErrorInterruptsTheBody()
    {
        // Scenario 51: error end in one instance of a parallel subprocess, caught on the subprocess
        var run = new InstanceDriver(Process($$"""
            <bpmn:startEvent id="s"/>
            <bpmn:subProcess id="sp">
              <bpmn:multiInstanceLoopCharacteristics>
                <bpmn:extensionElements><zeebe:loopCharacteristics inputCollection="= items" inputElement="item" outputCollection="out" outputElement="= item"/></bpmn:extensionElements>
              </bpmn:multiInstanceLoopCharacteristics>
              <bpmn:startEvent id="is"/>
              <bpmn:exclusiveGateway id="x" default="ok"/>
              <bpmn:userTask id="work"/>
              <bpmn:endEvent id="fail"><bpmn:errorEventDefinition errorRef="E"/></bpmn:endEvent>
              <bpmn:endEvent id="ie"/>
              {{Chain("is", "x") + Flow("bad", "x", "fail", "${item == 'boom'}") + Flow("ok", "x", "work") + Chain("work", "ie")}}
            </bpmn:subProcess>
            <bpmn:boundaryEvent id="caught" attachedToRef="sp"><bpmn:errorEventDefinition errorRef="E"/></bpmn:boundaryEvent>
            <bpmn:userTask id="handle"/><bpmn:userTask id="after"/>
            """ + Chain("s", "sp", "after") + Chain("caught", "handle"),
            """<bpmn:error id="E" errorCode="E1"/>""").Replace("xmlns:xsi=", "xmlns:zeebe=\"http://camunda.org/schema/zeebe/1.0\" xmlns:xsi="));

        run.Start(new { items = new[] { "a", "boom", "c" } });

        Assert.Equal(["handle"], run.OpenTasks());
        // Instance 0 opened its task before instance 1 threw; instance 2 was cancelled before it entered the subprocess.
        Assert.Single(run.Last.EffectsOf<CancelUserTask>());
        Assert.False(run.State.Variables.ContainsKey("out"));
        Assert.Single(run.State.Scopes);
    }

    [Theory]
    [InlineData("true")]
    [InlineData("false")]
    public void MessageBoundaryOnAParallelSubprocess_InterruptsAllOrAddsAPath(string cancelActivity)
    {
        var run = new InstanceDriver(Process($"""
            <bpmn:startEvent id="s"/>
            <bpmn:subProcess id="sp">
              <bpmn:multiInstanceLoopCharacteristics><bpmn:loopCardinality>2</bpmn:loopCardinality></bpmn:multiInstanceLoopCharacteristics>
              <bpmn:startEvent id="is"/><bpmn:userTask id="work"/><bpmn:endEvent id="ie"/>
              {Chain("is", "work", "ie")}
            </bpmn:subProcess>
            <bpmn:boundaryEvent id="withdrawn" attachedToRef="sp" cancelActivity="{cancelActivity}"><bpmn:messageEventDefinition messageRef="m"/></bpmn:boundaryEvent>
            <bpmn:userTask id="note"/><bpmn:userTask id="after"/>
            """ + Chain("s", "sp", "after") + Chain("withdrawn", "note"), """<bpmn:message id="m" name="withdrawn"/>"""));
        run.Start();
        Assert.Single(run.State.Subscriptions);

        run.Message("withdrawn");

        if (cancelActivity == "true")
        {
            Assert.Equal(["note"], run.OpenTasks());
            Assert.Empty(run.State.Subscriptions);
        }
        else
        {
            run.Message("withdrawn");
            Assert.Equal(["note", "note", "work", "work"], run.OpenTasks());
            foreach (var task in run.State.UserTasks.Where(t => t.NodeId == "work").ToList()) run.Apply(new CompleteUserTask(task.Id));
            Assert.Empty(run.State.Subscriptions);
            Assert.Contains("after", run.OpenTasks());
        }
    }

    [Theory]
    [InlineData("<bpmn:timerEventDefinition><bpmn:timeDuration>PT10M</bpmn:timeDuration></bpmn:timerEventDefinition>", true)]
    [InlineData("<bpmn:timerEventDefinition><bpmn:timeDuration>PT10M</bpmn:timeDuration></bpmn:timerEventDefinition>", false)]
    [InlineData("""<bpmn:messageEventDefinition messageRef="m"/>""", true)]
    [InlineData("""<bpmn:messageEventDefinition messageRef="m"/>""", false)]
    public void BoundaryOnAParallelTask_BelongsToTheBody(string trigger, bool interrupting)
    {
        var run = new InstanceDriver(Process($"""
            <bpmn:startEvent id="s"/>
            <bpmn:userTask id="review"><bpmn:multiInstanceLoopCharacteristics camunda:collection="items"/></bpmn:userTask>
            <bpmn:boundaryEvent id="b" attachedToRef="review" cancelActivity="{(interrupting ? "true" : "false")}">{trigger}</bpmn:boundaryEvent>
            <bpmn:userTask id="chase"/><bpmn:userTask id="after"/>
            """ + Chain("s", "review", "after") + Chain("b", "chase"), """<bpmn:message id="m" name="chase"/>"""));
        run.Start(new { items = new[] { 1, 2, 3 } });
        Assert.Equal(1, run.State.Timers.Count + run.State.Subscriptions.Count); // one for the body, none per instance

        if (trigger.Contains("timer")) run.FireTimer("b"); else run.Message("b");

        if (interrupting)
        {
            Assert.Equal(3, run.Last.EffectsOf<CancelUserTask>().Count());
            Assert.Equal(["chase"], run.OpenTasks());
            Assert.Single(run.State.Scopes);
        }
        else
        {
            Assert.Equal(["chase", "review", "review", "review"], run.OpenTasks());
            foreach (var task in run.State.UserTasks.Where(t => t.NodeId == "review").ToList()) run.Apply(new CompleteUserTask(task.Id));
            Assert.Equal(["after", "chase"], run.OpenTasks());
            Assert.Empty(run.State.Subscriptions);
        }
    }

    [Fact]
    public void ErrorFromOneInstancesActivity_IsCaughtOnTheBody_AndCancelsTheOthers()
    {
        var run = new InstanceDriver(Process("""
            <bpmn:startEvent id="s"/>
            <bpmn:serviceTask id="charge" camunda:type="external" camunda:topic="charge">
              <bpmn:multiInstanceLoopCharacteristics camunda:collection="cards" camunda:elementVariable="card"/>
            </bpmn:serviceTask>
            <bpmn:boundaryEvent id="declined" attachedToRef="charge"><bpmn:errorEventDefinition errorRef="D"/></bpmn:boundaryEvent>
            <bpmn:userTask id="call"/><bpmn:endEvent id="e"/>
            """ + Chain("s", "charge", "e") + Chain("declined", "call"), """<bpmn:error id="D" errorCode="declined"/>"""));
        run.Start(new { cards = new[] { "x", "y", "z" } });
        var jobs = run.State.Jobs.ToList();

        run.Apply(new RaiseBpmnError(jobs[1].Id, "declined"));

        Assert.Equal(["call"], run.OpenTasks());
        Assert.Equal(2, run.Last.EffectsOf<CancelActivity>().Count());
        Assert.Empty(run.State.Jobs);
        Assert.Equal(StepOutcome.Stale, run.Apply(new CompleteActivity(jobs[0].Id)).Outcome);
    }

    [Fact]
    public void NestedMultiInstance_InnerBodyCountsItsOwnInstances()
    {
        // Teams in parallel, each team's members one after the other
        var run = new InstanceDriver(Process($$"""
            <bpmn:startEvent id="s"/>
            <bpmn:subProcess id="team">
              <bpmn:multiInstanceLoopCharacteristics camunda:collection="teams" camunda:elementVariable="t"/>
              <bpmn:startEvent id="ts"/>
              <bpmn:userTask id="sign" camunda:assignee="${member}-${loopCounter}-of-${nrOfInstances}">
                <bpmn:multiInstanceLoopCharacteristics isSequential="true" camunda:collection="${t.members}" camunda:elementVariable="member"/>
              </bpmn:userTask>
              <bpmn:endEvent id="te"/>
              {{Chain("ts", "sign", "te")}}
            </bpmn:subProcess>
            <bpmn:userTask id="after"/>
            """ + Chain("s", "team", "after")));
        run.Start(new { teams = new[] { new { members = new[] { "ann", "bob" } }, new { members = new[] { "cat", "dan" } } } });
        Assert.Equal(["ann-0-of-2", "cat-0-of-2"], run.Last.EffectsOf<CreateUserTask>().Select(t => t.Assignee));
        Assert.Equal(3, run.State.Scopes.Count(s => s.Body is not null));

        var assignees = new List<string?>();
        while (run.OpenTasks().Contains("sign"))
        {
            run.Apply(new CompleteUserTask(run.State.UserTasks.First(t => t.NodeId == "sign").Id));
            assignees.AddRange(run.Last.EffectsOf<CreateUserTask>().Select(t => t.Assignee));
        }

        Assert.Equal(["bob-1-of-2", "dan-1-of-2", "after"], assignees.Select(a => a ?? "after"));
        Assert.Single(run.State.Scopes);
    }

    [Fact]
    public void AsyncBeforeOnTheActivity_ReadsTheCollectionInAJob_WhichBecomesAnIncident()
    {
        // Camunda 7: asyncBefore on the activity makes the body asynchronous; a collection that is not a list then
        // fails the job, which is retried and becomes an incident at the node (never a stuck instance).
        var run = new InstanceDriver(Process("""
            <bpmn:startEvent id="s"/>
            <bpmn:userTask id="review" camunda:asyncBefore="true">
              <bpmn:multiInstanceLoopCharacteristics camunda:collection="items"/>
            </bpmn:userTask>
            """ + Chain("s", "review")));
        Assert.Equal(StepOutcome.Ok, run.Start(new { items = "oops" }).Outcome);
        var job = run.State.Jobs.Single();

        for (var attempt = 0; attempt < 3; attempt++)
        {
            var tried = run.Apply(new ContinueJob(job.Id));
            Assert.Equal(StepOutcome.Failed, tried.Outcome);
            run.Apply(new FailJob(job.Id, tried.Error!.Message));
        }

        var incident = Assert.Single(run.State.Incidents);
        Assert.Equal(("review", IncidentKind.FailedJob), (incident.NodeId, incident.Kind));
        Assert.Contains("not a list", incident.Message);
    }

    [Fact]
    public void AsyncBeforeOnTheLoopCharacteristics_GivesEachInstanceItsOwnJob()
    {
        var run = new InstanceDriver(Process("""
            <bpmn:startEvent id="s"/>
            <bpmn:userTask id="review">
              <bpmn:multiInstanceLoopCharacteristics camunda:asyncBefore="true"><bpmn:loopCardinality>2</bpmn:loopCardinality></bpmn:multiInstanceLoopCharacteristics>
            </bpmn:userTask>
            """ + Chain("s", "review")));
        run.Start();
        Assert.Equal(2, run.State.Jobs.Count);
        Assert.Empty(run.OpenTasks());

        foreach (var job in run.State.Jobs.ToList()) run.Apply(new ContinueJob(job.Id));

        Assert.Equal(["review", "review"], run.OpenTasks());
    }
}
