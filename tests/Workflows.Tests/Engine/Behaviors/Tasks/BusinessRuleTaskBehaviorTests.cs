using System.Text.Json;
using Workflows.Engine.Interpreting;
using Workflows.Engine.Model;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.Bpmn;

namespace Workflows.Tests.Engine.Behaviors.Tasks;

/// <summary>Business rule tasks (issue 22, part 4): the decision request, Camunda 7's result mappings and their errors as incidents.</summary>
public sealed class BusinessRuleTaskBehaviorTests
{
    private static InstanceDriver Triage(string attributes = """camunda:mapDecisionResult="singleEntry" """, string extensions = "") => new(Process($$"""
        <bpmn:startEvent id="s"/>
        <bpmn:businessRuleTask id="triage" camunda:decisionRef="${decision}" camunda:resultVariable="priority" {{attributes}}>{{extensions}}</bpmn:businessRuleTask>
        <bpmn:userTask id="next"/>
        """ + Chain("s", "triage", "next")));

    private static DecisionOutcome Outcome(params object[] rules) => new(Guid.NewGuid().ToString(), "priority", 3,
        rules.Select(r => (IReadOnlyDictionary<string, JsonElement>)InstanceDriver.Vars(r)).ToList(),
        rules.Select((_, i) => $"r{i + 1}").ToList(), JsonSerializer.SerializeToElement(Array.Empty<object>()));

    private static StepResult Decide(InstanceDriver run, DecisionOutcome outcome) => run.Apply(new CompleteDecision(run.JobAt("triage"), outcome));

    [Fact]
    public void Execute_RequestsTheDecision_ByItsEvaluatedKey_WithTheVariables()
    {
        var run = Triage();
        run.Start(new { decision = "priority", amount = 1200 });

        var request = Assert.Single(run.Last.EffectsOf<EvaluateDecision>());
        Assert.Equal(("triage", "priority", DecisionBinding.Latest, (int?)null), (request.NodeId, request.DecisionKey, request.Binding, request.Version));
        Assert.Equal(1200, request.Variables["amount"].GetInt32());
        Assert.Equal(["triage"], run.Waiting());
    }

    [Fact]
    public void Execute_WithVersionBinding_SendsTheVersionItsExpressionGives()
    {
        var run = Triage("""camunda:decisionRefBinding="version" camunda:decisionRefVersion="${v}" """);
        run.Start(new { decision = "priority", v = 2 });

        var request = Assert.Single(run.Last.EffectsOf<EvaluateDecision>());
        Assert.Equal((DecisionBinding.Version, (int?)2), (request.Binding, request.Version));
    }

    [Theory]
    [InlineData("resultList", """[{"level":"urgent","queue":"risk"}]""")]
    [InlineData("singleResult", """{"level":"urgent","queue":"risk"}""")]
    public void Complete_MapsTheWholeRule_AsItsMappingSays(string mapping, string expected)
    {
        var run = Triage($"""camunda:mapDecisionResult="{mapping}" """);
        run.Start(new { decision = "priority" });

        Decide(run, Outcome(new { level = "urgent", queue = "risk" }));

        Assert.Equal(expected, run.Var("priority").GetRawText());
        Assert.Equal(["next"], run.OpenTasks());
    }

    [Fact]
    public void Complete_SingleEntry_IsTheOneValue_AndCollectEntries_IsEveryRulesValue()
    {
        var single = Triage();
        single.Start(new { decision = "priority" });
        Decide(single, Outcome(new { level = "urgent" }));
        Assert.Equal("urgent", single.Var("priority").GetString());

        var collect = Triage("""camunda:mapDecisionResult="collectEntries" """);
        collect.Start(new { decision = "priority" });
        Decide(collect, Outcome(new { level = "urgent" }, new { level = "high" }));
        Assert.Equal("""["urgent","high"]""", collect.Var("priority").GetRawText());
    }

    [Fact]
    public void Complete_KeepsTheEvaluationForHistory_AndJournalsTheMatchedRules()
    {
        var run = Triage();
        run.Start(new { decision = "priority" });

        Decide(run, Outcome(new { level = "urgent" }));

        var evaluated = Assert.Single(run.Last.EffectsOf<DecisionEvaluated>());
        Assert.Equal(("triage", "priority", 3), (evaluated.NodeId, evaluated.Outcome.DecisionKey, evaluated.Outcome.Version));
        Assert.Contains(run.Last.EffectsOf<JournalEntry>(), j => j.Kind == JournalKind.DecisionEvaluated && j.Message.Contains("matched r1"));
    }

    [Fact]
    public void Complete_OutputParameters_SeeTheResultVariable()
    {
        var run = Triage(extensions: """
            <bpmn:extensionElements><camunda:inputOutput><camunda:outputParameter name="queue">${priority == 'urgent' ? 'risk' : 'l1'}</camunda:outputParameter></camunda:inputOutput></bpmn:extensionElements>
            """);
        run.Start(new { decision = "priority" });

        Decide(run, Outcome(new { level = "urgent" }));

        Assert.Equal("risk", run.Var("queue").GetString());
    }

    [Theory]
    [InlineData("singleEntry", 2, 1, "2 rules ('r1', 'r2') matched, and mapDecisionResult 'singleEntry' takes exactly one.")]
    [InlineData("singleEntry", 1, 2, "the matched rule gives 2 outputs ('level', 'queue'), and mapDecisionResult 'singleEntry' takes exactly one output.")]
    [InlineData("singleEntry", 0, 1, "no rule matched, and mapDecisionResult 'singleEntry' needs exactly one")]
    [InlineData("singleResult", 2, 2, "2 rules ('r1', 'r2') matched, and mapDecisionResult 'singleResult' takes exactly one.")]
    [InlineData("collectEntries", 2, 2, "a matched rule gives 2 outputs ('level', 'queue'), and mapDecisionResult 'collectEntries' takes exactly one output per rule.")]
    public void Complete_AResultTheMappingCannotTake_IsAnIncidentAtTheTask(string mapping, int rules, int outputs, string reason)
    {
        var run = Triage($"""camunda:mapDecisionResult="{mapping}" """);
        run.Start(new { decision = "priority" });

        Decide(run, Outcome(Enumerable.Range(0, rules).Select(_ => (object)(outputs == 1 ? new { level = "urgent" } : new { level = "urgent", queue = "risk" })).ToArray()));

        var incident = Assert.Single(run.State.Incidents);
        Assert.Equal((IncidentKind.FailedDecision, "triage"), (incident.Kind, incident.NodeId));
        Assert.StartsWith("Decision 'priority' v3 at 'triage': ", incident.Message);
        Assert.Contains(reason, incident.Message);
        Assert.Equal(TokenStatus.Incident, run.State.Tokens.Single().Status);
        Assert.False(run.State.Variables.ContainsKey("priority"));
    }

    [Fact]
    public void FailedEvaluation_IsAnIncident_AndRetryEvaluatesAgain()
    {
        var run = Triage();
        run.Start(new { decision = "priority" });

        run.Apply(new FailActivity(run.JobAt("triage"), "Decision 'priority' is not deployed; publish it, then retry.", RetriesLeft: 3));

        var incident = Assert.Single(run.State.Incidents);
        Assert.Equal(IncidentKind.FailedDecision, incident.Kind);
        Assert.Contains("not deployed", incident.Message);
        run.Reload();

        run.Apply(new RetryIncident(incident.Id, Variables: InstanceDriver.Vars(new { decision = "priority-v2" })));

        Assert.Empty(run.State.Incidents);
        Assert.Equal("priority-v2", Assert.Single(run.Last.EffectsOf<EvaluateDecision>()).DecisionKey);
        Decide(run, Outcome(new { level = "normal" }));
        Assert.Equal("normal", run.Var("priority").GetString());
        Assert.Equal(["next"], run.OpenTasks());
    }

    [Fact]
    public void Execute_AnExpressionGivingNoKey_IsAnIncident_NotAFailedStep()
    {
        var run = Triage();
        run.Start(new { decision = (string?)null });

        Assert.Equal(StepOutcome.Ok, run.Last.Outcome);
        Assert.Contains("gave no decision key", Assert.Single(run.State.Incidents).Message);
    }
}
