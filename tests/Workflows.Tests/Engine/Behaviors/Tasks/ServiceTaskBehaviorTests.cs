using Workflows.Engine.Interpreting;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.Bpmn;

namespace Workflows.Tests.Engine.Behaviors.Tasks;

public sealed class ServiceTaskBehaviorTests
{
    private static InstanceDriver Verify(string boundary = "") => new(Process($$"""
        <bpmn:startEvent id="s"/>
        <bpmn:serviceTask id="verify" camunda:type="external" camunda:topic="verify-identity">
          <bpmn:extensionElements><camunda:inputOutput>
            <camunda:inputParameter name="customerId">${customer.id}</camunda:inputParameter>
            <camunda:inputParameter name="channel">phone</camunda:inputParameter>
            <camunda:inputParameter name="checks"><camunda:list><camunda:value>id</camunda:value><camunda:value>${last4}</camunda:value></camunda:list></camunda:inputParameter>
            <camunda:outputParameter name="verified">${ok}</camunda:outputParameter>
          </camunda:inputOutput></bpmn:extensionElements>
        </bpmn:serviceTask>
        {{boundary}}
        <bpmn:userTask id="next"/>
        """ + Chain("s", "verify", "next"), """<bpmn:error id="IDF" errorCode="IDENTITY_FAILED"/>"""));

    [Fact]
    public void Execute_RequestsActivityWithMappedInputs_AndMapsOutputsOnCompletion()
    {
        var run = Verify();
        run.Start(new { customer = new { id = "C-7" }, last4 = "1234" });

        var request = Assert.Single(run.Last.EffectsOf<RunActivity>());
        Assert.Equal("verify-identity", request.Topic);
        Assert.Equal("C-7", request.Inputs["customerId"].GetString());
        Assert.Equal("phone", request.Inputs["channel"].GetString());
        Assert.Equal(["id", "1234"], request.Inputs["checks"].EnumerateArray().Select(e => e.GetString()));

        run.CompleteActivity("verify", new { ok = true, score = 97 });

        Assert.True(run.Var("verified").GetBoolean());
        Assert.False(run.State.Variables.ContainsKey("score"));
        Assert.Equal(["next"], run.OpenTasks());
    }

    [Fact]
    public void BpmnError_WithBoundaryOnTask_CancelsTaskAndTakesBoundary()
    {
        // Scenario 29
        var run = Verify("""
            <bpmn:boundaryEvent id="failed" attachedToRef="verify"><bpmn:errorEventDefinition errorRef="IDF" camunda:errorMessageVariable="why"/></bpmn:boundaryEvent>
            <bpmn:userTask id="manualCheck"/>
            """ + Chain("failed", "manualCheck"));
        run.Start(new { customer = new { id = "C-7" }, last4 = "1234" });

        run.Apply(new RaiseBpmnError(run.JobAt("verify"), "IDENTITY_FAILED", "Date of birth differs"));

        Assert.Equal(["manualCheck"], run.OpenTasks());
        Assert.Empty(run.State.Jobs);
        Assert.Equal("Date of birth differs", run.Var("why").GetString());
    }

    [Fact]
    public void FailureWithNoRetries_RaisesIncident_AndRetryReoffersActivity()
    {
        // Scenario 41
        var run = Verify();
        run.Start(new { customer = new { id = "C-7" }, last4 = "1234" });
        var job = run.JobAt("verify");

        run.Apply(new FailActivity(job, "Core banking timed out", RetriesLeft: 0));

        var incident = Assert.Single(run.State.Incidents);
        Assert.Equal(IncidentKind.FailedActivity, incident.Kind);
        Assert.Equal("verify", incident.NodeId);
        Assert.Equal(TokenStatus.Incident, run.State.Tokens.Single().Status);

        run.Apply(new RetryIncident(incident.Id, Retries: 2));

        Assert.Empty(run.State.Incidents);
        var again = Assert.Single(run.Last.EffectsOf<RunActivity>());
        Assert.Equal(2, again.Retries);
        run.CompleteActivity("verify", new { ok = true });
        Assert.Equal(["next"], run.OpenTasks());
    }

    [Fact]
    public void FailureWithRetriesLeft_ReoffersActivity()
    {
        var run = Verify();
        run.Start(new { customer = new { id = "C-7" }, last4 = "1234" });
        run.Apply(new FailActivity(run.JobAt("verify"), "timeout", RetriesLeft: 2));
        Assert.Empty(run.State.Incidents);
        Assert.Equal(2, Assert.Single(run.Last.EffectsOf<RunActivity>()).Retries);
    }

    [Fact]
    public void CompleteActivity_IsStale_ForUnknownJob()
    {
        var run = Verify();
        run.Start(new { customer = new { id = "C-7" }, last4 = "1234" });
        Assert.Equal(StepOutcome.Stale, run.Apply(new CompleteActivity(9999)).Outcome);
    }
}
