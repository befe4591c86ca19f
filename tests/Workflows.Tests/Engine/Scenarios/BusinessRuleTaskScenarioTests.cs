using Workflows.Engine.Expressions;
using Workflows.Engine.Interpreting;
using Workflows.Engine.Parsing;
using Workflows.Engine.Runtime;
using Workflows.Tests.Support;

namespace Workflows.Tests.Engine.Scenarios;

/// <summary>
/// Business rule tasks end to end through the runtime and the real DMN engine (issue 22, part 4): a Camunda Modeler
/// diagram whose triage table and response target decide the queue, and what happens when a decision is missing or fails.
/// </summary>
public sealed class BusinessRuleTaskScenarioTests
{
    private static readonly string Triage = InstanceDriver.Fixture("Engine/Scenarios/CaseTriage.dmn");

    private sealed class NoActivities : IActivityInvoker
    {
        public Task<InstanceEvent> InvokeAsync(Guid instanceId, string? businessKey, string? actor, RunActivity request, CancellationToken cancellationToken) =>
            throw new ActivityFailedException(request.NodeId, "no activities in this scenario");
    }

    private static (WorkflowRuntime Runtime, MemoryInstanceStore Store) Build(MemoryDecisions decisions)
    {
        var store = new MemoryInstanceStore(new BpmnParser().ParseValid(InstanceDriver.Fixture("Engine/Scenarios/CaseTriage.bpmn")));
        return (new WorkflowRuntime(store, new Interpreter(new JavaScriptRuntime()), new NoActivities(), TimeProvider.System, decisions), store);
    }

    private static Task<RuntimeOutcome> StartAsync(WorkflowRuntime runtime, object variables) =>
        runtime.StartAsync(Guid.NewGuid(), new StartInstance(InstanceDriver.Vars(variables)), "agent1", CancellationToken.None);

    [Fact]
    public async Task Triage_AFraudCase_GoesToRiskReview_WithTheTwoMinuteTarget()
    {
        // Given the triage decisions are deployed
        var (runtime, store) = Build(new MemoryDecisions().Deploy(Triage));

        // When a fraud case opens
        var outcome = await StartAsync(runtime, new { category = "fraud", amount = 80 });

        // Then both decisions ran in the start's one step, and the case waits for the risk team
        Assert.Equal(StepOutcome.Ok, outcome.Outcome);
        var committed = Assert.Single(store.Committed);
        Assert.Equal("""{"priority":"urgent","queue":"risk"}""", committed.State.Variables["triage"].GetRawText());
        Assert.Equal(2, committed.State.Variables["firstResponseMinutes"].GetInt32());
        Assert.Equal(["Risk_Review"], committed.State.UserTasks.Select(t => t.NodeId));
        Assert.Equal(["fraud"], committed.Effects.OfType<DecisionEvaluated>().First().Outcome.MatchedRuleIds);
    }

    [Fact]
    public async Task Triage_ALargeRefund_GoesToTheQueueTheTableNames()
    {
        var (runtime, store) = Build(new MemoryDecisions().Deploy(Triage));

        await StartAsync(runtime, new { category = "refund", amount = 1500 });

        var task = Assert.Single(store.Committed[0].Effects.OfType<CreateUserTask>());
        Assert.Equal(("Handle_Case", "agent-l2"), (task.NodeId, task.CandidateGroups.Single()));
        Assert.Equal(10, store.Committed[0].State.Variables["firstResponseMinutes"].GetInt32());
    }

    [Fact]
    public async Task Triage_DecisionNotDeployed_IsAnIncident_AndDeployingThenRetrying_CarriesOn()
    {
        // Given no decision is deployed yet
        var decisions = new MemoryDecisions();
        var (runtime, store) = Build(decisions);

        // When a case opens, the triage task stops with an incident naming the decision; the step still commits
        var started = await StartAsync(runtime, new { category = "refund", amount = 20 });
        Assert.Equal((StepOutcome.Ok, "active"), (started.Outcome, started.Status));
        var incident = Assert.Single(store.Instances[started.InstanceId].Incidents);
        Assert.Equal((IncidentKind.FailedDecision, "Triage"), (incident.Kind, incident.NodeId));
        Assert.Contains("Decision 'caseTriage' is not deployed", incident.Message);

        // Then deploying the decisions and retrying the incident evaluates again and the case reaches its queue
        decisions.Deploy(Triage);
        var retried = await runtime.ApplyAsync(started.InstanceId, new RetryIncident(incident.Id), "manager", null, CancellationToken.None);

        Assert.Equal(StepOutcome.Ok, retried.Outcome);
        var state = store.Instances[started.InstanceId];
        Assert.Empty(state.Incidents);
        Assert.Equal(["Handle_Case"], state.UserTasks.Select(t => t.NodeId));
        Assert.Equal("agent-l1", state.Variables["triage"].GetProperty("queue").GetString());
    }

    [Fact]
    public async Task Triage_AnAmountGivenAsText_IsAnIncidentNamingTheDecisionRuleAndInput()
    {
        var (runtime, store) = Build(new MemoryDecisions().Deploy(Triage));

        var started = await StartAsync(runtime, new { category = "refund", amount = "1500" });

        Assert.Equal(StepOutcome.Ok, started.Outcome);
        var incident = Assert.Single(store.Instances[started.InstanceId].Incidents);
        Assert.Equal(("Triage", TokenStatus.Incident), (incident.NodeId, store.Instances[started.InstanceId].Tokens.Single().Status));
        Assert.Contains("Decision 'Case triage' (caseTriage)", incident.Message);
        Assert.Contains("rule 'large'", incident.Message);
        Assert.Contains("string", incident.Message);
    }
}
