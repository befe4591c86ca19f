using Workflows.Engine.Interpreting;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.Bpmn;

namespace Workflows.Tests.Engine.Behaviors.Tasks;

public sealed class ScriptTaskBehaviorTests
{
    private static InstanceDriver AfterReview(string script, string async = "") => new(Process($"""
        <bpmn:startEvent id="s"/><bpmn:userTask id="review"/>
        <bpmn:scriptTask id="score" scriptFormat="javascript" camunda:resultVariable="score" {async}><bpmn:script>{script}</bpmn:script></bpmn:scriptTask>
        <bpmn:userTask id="next"/>
        """ + Chain("s", "review", "score", "next")));

    [Fact]
    public void Execute_SetsResultVariable_AndExecutionVariables()
    {
        var run = AfterReview("execution.setVariable('tier', amount &gt; 1000 ? 'L2' : 'L1'); amount * 2");
        run.Start();
        run.CompleteTask("review", new { amount = 1500 });
        Assert.Equal(3000, run.Var("score").GetInt32());
        Assert.Equal("L2", run.Var("tier").GetString());
        Assert.Equal(["next"], run.OpenTasks());
    }

    [Fact]
    public void FailingScript_RejectsCompletion_TaskStaysOpen_NoEffects()
    {
        // Scenario 38
        var run = AfterReview("throw new Error('scoring service unavailable')");
        run.Start();
        var before = run.State;

        var result = run.CompleteTask("review", new { amount = 1 });

        Assert.Equal(StepOutcome.Failed, result.Outcome);
        Assert.Equal("score", result.Error!.NodeId);
        Assert.Contains("scoring service unavailable", result.Error.Message);
        Assert.Same(before, result.State);
        Assert.Empty(result.Effects);
        Assert.Equal(["review"], run.OpenTasks());
    }

    [Fact]
    public void AsyncBeforeScript_CompletionSucceeds_ThenJobFailsThrice_ThenIncident()
    {
        // Scenario 39: the host applies ContinueJob; when that step fails it applies FailJob to the stored state.
        var run = AfterReview("throw new Error('boom')", """camunda:asyncBefore="true" """);
        run.Start();

        Assert.Equal(StepOutcome.Ok, run.CompleteTask("review").Outcome);
        var job = Assert.Single(run.Last.EffectsOf<ScheduleJob>());
        Assert.Equal(3, job.Retries);

        for (var attempt = 0; attempt < 3; attempt++)
        {
            var tried = new Interpreter(new Workflows.Engine.Expressions.JavaScriptRuntime()).Step(run.Definition, run.State, new ContinueJob(job.JobId), run.Now);
            Assert.Equal(StepOutcome.Failed, tried.Outcome);
            run.Apply(new FailJob(job.JobId, tried.Error!.Message));
        }

        var incident = Assert.Single(run.State.Incidents);
        Assert.Equal(IncidentKind.FailedJob, incident.Kind);
        Assert.Equal("score", incident.NodeId);
        Assert.Equal(2, run.AllEffects.OfType<ScheduleJob>().Count(j => j.JobId == job.JobId && j.Retries < 3));
        Assert.Equal(StepOutcome.Stale, run.Apply(new FailJob(job.JobId, "again")).Outcome);
    }

    [Fact]
    public void AsyncAfter_TaskStaysCompleted_AndJobRetriesFromOutgoingFlows()
    {
        // Scenario 40
        var run = new InstanceDriver(Process("""
            <bpmn:startEvent id="s"/><bpmn:userTask id="review" camunda:asyncAfter="true"/>
            <bpmn:exclusiveGateway id="route"/><bpmn:userTask id="A"/>
            """ + Chain("s", "review", "route") + Flow("toA", "route", "A", "${approved}")));
        run.Start();
        run.CompleteTask("review", new { approved = false });
        Assert.Empty(run.State.UserTasks);
        var job = run.State.Jobs.Single();
        Assert.Equal(JobKind.AsyncAfter, job.Kind);

        var attempt = run.Apply(new ContinueJob(job.Id));
        Assert.Equal(StepOutcome.Failed, attempt.Outcome);
        Assert.Equal("route", attempt.Error!.NodeId);
        run.Apply(new FailJob(job.Id, attempt.Error.Message));
        Assert.Equal(2, run.State.Jobs.Single().Retries);
        Assert.Equal(TokenStatus.AsyncAfter, run.State.Tokens.Single().Status);
        Assert.Equal("review", run.State.Tokens.Single().NodeId);
    }

    [Fact]
    public void RetryingFailedJobIncident_ResumesInstance_WhenCauseIsGone()
    {
        var run = new InstanceDriver(Process("""
            <bpmn:startEvent id="s"/><bpmn:userTask id="review" camunda:asyncAfter="true"/>
            <bpmn:exclusiveGateway id="route"/><bpmn:userTask id="A"/>
            """ + Chain("s", "review", "route") + Flow("toA", "route", "A", "${approved}")));
        run.Start();
        run.CompleteTask("review", new { approved = "yes" });
        var job = run.State.Jobs.Single();
        for (var i = 0; i < 3; i++) run.Apply(new FailJob(job.Id, "condition is not boolean"));
        var incident = Assert.Single(run.State.Incidents);

        run.Apply(new RetryIncident(incident.Id));
        Assert.Single(run.Last.EffectsOf<ScheduleJob>());
        var fixedState = run.State;
        fixedState.Variables["approved"] = Workflows.Engine.Expressions.JsonValues.True;
        run.Apply(new ContinueJob(job.Id));

        Assert.Equal(["A"], run.OpenTasks());
    }
}
