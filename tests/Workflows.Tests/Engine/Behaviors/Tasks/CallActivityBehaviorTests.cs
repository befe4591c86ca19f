using System.Text.Json;
using Workflows.Engine.Interpreting;
using Workflows.Engine.Model;
using Workflows.Engine.Parsing;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.Bpmn;

namespace Workflows.Tests.Engine.Behaviors.Tasks;

/// <summary>
/// Call activities on the caller's side, as Camunda 7 runs them: only what camunda:in passes goes to the child, only what
/// camunda:out maps comes back; cancelling the call cancels the child; a child's uncaught error or escalation reaches the
/// call activity's boundary events. BPMN-SEMANTICS scenarios 42–45 and 60. Cite: issue 21, part 1.
/// </summary>
public sealed class CallActivityBehaviorTests
{
    private const string Errors = """<bpmn:error id="Rejected" errorCode="rejected"/><bpmn:escalation id="Late" escalationCode="late"/>""";

    private static string Caller(string attributes = "", string mappings = "", string boundaries = "") => Process($"""
        <bpmn:startEvent id="s"/>
        <bpmn:callActivity id="call" calledElement="freeze-account" {attributes}>
          <bpmn:extensionElements>{mappings}</bpmn:extensionElements>
        </bpmn:callActivity>
        <bpmn:userTask id="after"/><bpmn:endEvent id="e"/>
        {boundaries}
        """ + Chain("s", "call", "after", "e"), Errors);

    private static Dictionary<string, JsonElement> Vars(object values) => InstanceDriver.Vars(values);

    [Fact]
    public void InMappings_PassOnlyWhatTheyName_AndOutMappings_BringBackOnlyWhatTheyMap()
    {
        var run = new InstanceDriver(Caller(mappings: """
            <camunda:in source="account" target="accountId"/><camunda:in sourceExpression="${amount * 2}" target="doubled"/>
            <camunda:in businessKey="#{execution.processBusinessKey}"/>
            <camunda:out source="frozen" target="wasFrozen"/><camunda:out sourceExpression="${reason + '!'}" target="why"/>
            """));
        run.Start(new { account = "A-1", amount = 21, secret = "x" }, businessKey: "CS-7");

        var start = Assert.Single(run.Last.EffectsOf<StartChild>());
        Assert.Equal(("freeze-account", CallBinding.Latest, (int?)null, "CS-7"), (start.DefinitionKey, start.Binding, start.Version, start.BusinessKey));
        Assert.Equal(["accountId", "doubled"], start.Variables.Keys.Order());
        Assert.Equal(("A-1", 42), (start.Variables["accountId"].GetString(), start.Variables["doubled"].GetInt32()));
        Assert.Equal(["call"], run.Waiting());

        run.Reload();
        run.Apply(new ChildCompleted(start.CallId, Vars(new { frozen = true, reason = "fraud", noise = 1 })));
        Assert.Equal(["after"], run.OpenTasks());
        Assert.True(run.Var("wasFrozen").GetBoolean());
        Assert.Equal("fraud!", run.Var("why").GetString());
        Assert.False(run.State.Variables.ContainsKey("noise"));
        Assert.Empty(run.State.Calls);
        Assert.Equal(StepOutcome.Stale, run.Apply(new ChildCompleted(start.CallId, Vars(new { }))).Outcome);
    }

    [Fact]
    public void VariablesAll_PassesEverything_BothWays_AndWithoutAnyIn_TheChildGetsNothing()
    {
        var all = new InstanceDriver(Caller(mappings: """<camunda:in variables="all"/><camunda:out variables="all"/>"""));
        all.Start(new { a = 1, b = "two" }, businessKey: "CS-1");
        var start = Assert.Single(all.Last.EffectsOf<StartChild>());
        Assert.Equal(["a", "b"], start.Variables.Keys.Order());
        Assert.Null(start.BusinessKey);
        all.Apply(new ChildCompleted(start.CallId, Vars(new { a = 5, c = true })));
        Assert.Equal((5, true), (all.Var("a").GetInt32(), all.Var("c").GetBoolean()));

        var none = new InstanceDriver(Caller());
        none.Start(new { a = 1 });
        Assert.Empty(Assert.Single(none.Last.EffectsOf<StartChild>()).Variables);
    }

    [Fact]
    public void VersionBinding_TakesAnExpression_AndABadVersion_IsAnIncidentThatARetryRepeats()
    {
        var run = new InstanceDriver(Caller("""camunda:calledElementBinding="version" camunda:calledElementVersion="${v}" """));
        run.Start(new { v = 3 });
        Assert.Equal((CallBinding.Version, (int?)3), (run.Last.EffectsOf<StartChild>().Single().Binding, run.Last.EffectsOf<StartChild>().Single().Version));

        var bad = new InstanceDriver(Caller("""camunda:calledElementBinding="version" camunda:calledElementVersion="${v}" """));
        bad.Start(new { v = "latest" });
        Assert.Empty(bad.Last.EffectsOf<StartChild>());
        var incident = Assert.Single(bad.State.Incidents);
        Assert.Equal(IncidentKind.FailedCall, incident.Kind);
        Assert.Contains("'latest'", incident.Message);
        bad.Apply(new RetryIncident(incident.Id, 3, Vars(new { v = 2 })));
        Assert.Equal(2, Assert.Single(bad.Last.EffectsOf<StartChild>()).Version);
    }

    [Fact]
    public void AChildThatCannotStart_IsAnIncidentAtTheCallActivity_AndRetryingCallsAgain()
    {
        var run = new InstanceDriver(Process("""
            <bpmn:startEvent id="s"/><bpmn:callActivity id="call" calledElement="${target}"/><bpmn:userTask id="after"/>
            """ + Chain("s", "call", "after")));
        run.Start(new { target = "not-yet-published" });
        var first = Assert.Single(run.Last.EffectsOf<StartChild>());
        Assert.Equal("not-yet-published", first.DefinitionKey);

        run.Apply(new ChildNotStarted(first.CallId, "No process with key 'not-yet-published' is published."));
        var incident = Assert.Single(run.State.Incidents);
        Assert.Equal((IncidentKind.FailedCall, "call"), (incident.Kind, incident.NodeId));
        Assert.Empty(run.State.Calls);

        run.Apply(new RetryIncident(incident.Id));
        var again = Assert.Single(run.Last.EffectsOf<StartChild>());
        Assert.NotEqual(first.CallId, again.CallId);
        Assert.Empty(run.State.Incidents);
        run.Apply(new ChildCompleted(again.CallId, Vars(new { })));
        Assert.Equal(["after"], run.OpenTasks());
    }

    [Fact]
    public void AnInterruptingTimerOnTheCall_CancelsTheChild_AndItsLateCompletionIsStale()
    {
        var run = new InstanceDriver(Caller(boundaries: """
            <bpmn:boundaryEvent id="tooLong" attachedToRef="call"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>
            <bpmn:userTask id="chase"/>
            """ + Chain("tooLong", "chase")));
        run.Start();
        var call = run.Last.EffectsOf<StartChild>().Single().CallId;
        run.Now = run.Now.AddHours(1);
        run.FireTimer("tooLong");

        Assert.Equal(call, Assert.Single(run.Last.EffectsOf<CancelChild>()).CallId);
        Assert.Equal(["chase"], run.OpenTasks());
        Assert.Equal(StepOutcome.Stale, run.Apply(new ChildCompleted(call, Vars(new { }))).Outcome);
        run.Apply(new CancelInstance("done"));
        Assert.Empty(run.Last.EffectsOf<CancelChild>());
    }

    [Fact]
    public void AChildError_AfterItsOutMappings_TakesTheCallActivitysErrorBoundary_AndCancelsTheChild()
    {
        var run = new InstanceDriver(Caller(mappings: """<camunda:out source="note" target="note"/>""", boundaries: """
            <bpmn:boundaryEvent id="refused" attachedToRef="call"><bpmn:errorEventDefinition errorRef="Rejected" camunda:errorCodeVariable="code"/></bpmn:boundaryEvent>
            <bpmn:userTask id="explain"/>
            """ + Chain("refused", "explain")));
        run.Start();
        var call = run.Last.EffectsOf<StartChild>().Single().CallId;
        run.Apply(new ChildThrewError(call, "rejected", "bank said no", Vars(new { note = "bank said no" })));

        Assert.Equal(["explain"], run.OpenTasks());
        Assert.Equal(("rejected", "bank said no"), (run.Var("code").GetString(), run.Var("note").GetString()));
        Assert.Equal(call, Assert.Single(run.Last.EffectsOf<CancelChild>()).CallId);
    }

    [Fact]
    public void AChildErrorNobodyCatches_ChangesNothingHere_TheChildKeepsItsIncident()
    {
        var run = new InstanceDriver(Caller());
        run.Start();
        var call = run.Last.EffectsOf<StartChild>().Single().CallId;
        var result = run.Apply(new ChildThrewError(call, "rejected", null, Vars(new { })));
        Assert.Equal(StepOutcome.Stale, result.Outcome);
        Assert.Single(run.State.Calls);
    }

    [Fact]
    public void AChildEscalation_CaughtByAnInterruptingBoundaryOnTheCall_CancelsTheChild_AndSetsTheCodeVariable()
    {
        var run = new InstanceDriver(Caller(boundaries: """
            <bpmn:boundaryEvent id="late" attachedToRef="call"><bpmn:escalationEventDefinition escalationRef="Late" camunda:escalationCodeVariable="why"/></bpmn:boundaryEvent>
            <bpmn:userTask id="takeOver"/>
            """ + Chain("late", "takeOver")));
        run.Start();
        var call = run.Last.EffectsOf<StartChild>().Single().CallId;
        run.Apply(new ChildEscalated(call, "late", null, Vars(new { })));

        Assert.Equal(["takeOver"], run.OpenTasks());
        Assert.Equal("late", run.Var("why").GetString());
        Assert.Single(run.Last.EffectsOf<CancelChild>());
    }

    [Fact]
    public void AChildCancelledFromOutside_IsAnIncidentAtTheCall()
    {
        var run = new InstanceDriver(Caller());
        run.Start();
        run.Apply(new ChildCancelled(run.State.Calls.Single().Id, "operator"));
        Assert.Contains("cancelled: operator", Assert.Single(run.State.Incidents).Message);
    }

    [Fact]
    public void ParallelMultiInstanceCall_StartsOneChildPerElement_AndLeavesWhenAllReturned()
    {
        var run = new InstanceDriver(Process("""
            <bpmn:startEvent id="s"/>
            <bpmn:callActivity id="ask" calledElement="department-review">
              <bpmn:extensionElements><camunda:in source="dept" target="department"/></bpmn:extensionElements>
              <bpmn:multiInstanceLoopCharacteristics camunda:collection="${departments}" camunda:elementVariable="dept"/>
            </bpmn:callActivity>
            <bpmn:userTask id="after"/>
            """ + Chain("s", "ask", "after")));
        run.Start(new { departments = new[] { "risk", "legal" } });
        var children = run.Last.EffectsOf<StartChild>().ToList();
        Assert.Equal(["legal", "risk"], children.Select(c => c.Variables["department"].GetString()).Order());

        run.Apply(new ChildCompleted(children[0].CallId, Vars(new { })));
        Assert.Empty(run.OpenTasks());
        run.Reload();
        run.Apply(new ChildCompleted(children[1].CallId, Vars(new { })));
        Assert.Equal(["after"], run.OpenTasks());
    }

    [Fact]
    public void Nesting_ASignalEventSubprocess_RunsAParallelMultiInstanceCall_AndEndsWhenBothChildrenHave_SurvivingAReload()
    {
        var run = new InstanceDriver(Process("""
            <bpmn:startEvent id="s"/><bpmn:userTask id="work"/><bpmn:endEvent id="e"/>
            <bpmn:subProcess id="onOutage" triggeredByEvent="true">
              <bpmn:startEvent id="outage" isInterrupting="false"><bpmn:signalEventDefinition signalRef="Sig"/></bpmn:startEvent>
              <bpmn:callActivity id="askBanks" calledElement="bank-check">
                <bpmn:extensionElements><camunda:in source="bank" target="bank"/></bpmn:extensionElements>
                <bpmn:multiInstanceLoopCharacteristics camunda:collection="${banks}" camunda:elementVariable="bank"/>
              </bpmn:callActivity>
              <bpmn:endEvent id="espEnd"/>
            """ + Chain("outage", "askBanks", "espEnd") + """
            </bpmn:subProcess>
            """ + Chain("s", "work", "e"), """<bpmn:signal id="Sig" name="outage"/>"""));
        run.Start(new { banks = new[] { "icbc", "boc" } });
        run.Message("outage");
        var children = run.Last.EffectsOf<StartChild>().ToList();
        Assert.Equal(["boc", "icbc"], children.Select(c => c.Variables["bank"].GetString()).Order());

        run.Reload();
        run.Apply(new ChildCompleted(children[1].CallId, Vars(new { })));
        run.Reload();
        run.Apply(new ChildCompleted(children[0].CallId, Vars(new { })));
        Assert.DoesNotContain(run.State.Tokens, t => t.NodeId == "askBanks");
        Assert.Empty(run.State.Calls);
        run.CompleteTask("work");
        Assert.Equal(InstanceStatus.Completed, run.State.Status);
    }

    [Theory]
    [InlineData("""<bpmn:callActivity id="call"/>""", ProblemCodes.CallMissingElement)]
    [InlineData("""<bpmn:callActivity id="call" calledElement="x" camunda:calledElementBinding="versionTag"/>""", ProblemCodes.CallInvalidBinding)]
    [InlineData("""<bpmn:callActivity id="call" calledElement="x" camunda:calledElementBinding="version"/>""", ProblemCodes.CallInvalidBinding)]
    [InlineData("""<bpmn:callActivity id="call" calledElement="x"><bpmn:extensionElements><camunda:in source="a"/></bpmn:extensionElements></bpmn:callActivity>""", ProblemCodes.CallInvalidMapping)]
    public void PublishProblems_NameTheCallActivity(string callActivity, string code)
    {
        var result = new BpmnParser().Parse(Process("""<bpmn:startEvent id="s"/>""" + callActivity + Chain("s", "call")));
        Assert.Contains(result.Problems, p => p.ElementId == "call" && p.Code == code);
    }
}
