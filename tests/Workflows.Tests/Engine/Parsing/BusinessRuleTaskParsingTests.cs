using Workflows.Engine.Model;
using Workflows.Engine.Parsing;
using static Workflows.Tests.Support.Bpmn;

namespace Workflows.Tests.Engine.Parsing;

/// <summary>What publishing says about a business rule task's Camunda 7 attributes.</summary>
public sealed class BusinessRuleTaskParsingTests
{
    private static ParseResult Parse(string attributes) =>
        new BpmnParser().Parse(Process($"""<bpmn:startEvent id="s"/><bpmn:businessRuleTask id="rules" {attributes}/><bpmn:endEvent id="e"/>""" + Chain("s", "rules", "e")));

    [Fact]
    public void Parse_ReadsEveryAttribute()
    {
        var node = Assert.IsType<BusinessRuleTaskDefinition>(Parse("""
            camunda:decisionRef="triage" camunda:decisionRefBinding="version" camunda:decisionRefVersion="4"
            camunda:resultVariable="route" camunda:mapDecisionResult="collectEntries"
            """).Definition!.Node("rules"));

        Assert.Equal(("triage", DecisionBinding.Version, "4", "route", DecisionResultMapping.CollectEntries),
            (node.DecisionRef.Text, node.Binding, node.Version!.Text, node.ResultVariable, node.Mapping));
    }

    [Fact]
    public void Parse_Defaults_AreLatestAndResultList()
    {
        var node = Assert.IsType<BusinessRuleTaskDefinition>(Parse("""camunda:decisionRef="triage" """).Definition!.Node("rules"));

        Assert.Equal((DecisionBinding.Latest, DecisionResultMapping.ResultList, (string?)null), (node.Binding, node.Mapping, node.ResultVariable));
    }

    [Theory]
    [InlineData("", ProblemCodes.BusinessRuleTaskMissingDecision, "Business rule task 'rules' names no decision: set Decision reference (camunda:decisionRef) to a decision's id.")]
    [InlineData("""camunda:decisionRef="t" camunda:decisionRefBinding="newest" """, ProblemCodes.BusinessRuleTaskInvalidBinding, "The decision binding of 'rules' is 'newest'; expected latest, deployment or version.")]
    [InlineData("""camunda:decisionRef="t" camunda:decisionRefBinding="version" """, ProblemCodes.BusinessRuleTaskInvalidBinding, "'rules' binds a decision version but gives none: set camunda:decisionRefVersion.")]
    [InlineData("""camunda:decisionRef="t" camunda:decisionRefBinding="version" camunda:decisionRefVersion="two" """, ProblemCodes.BusinessRuleTaskInvalidBinding, "The decision version of 'rules' must be a whole number from 1 or an expression, not 'two'.")]
    [InlineData("""camunda:decisionRef="t" camunda:mapDecisionResult="first" """, ProblemCodes.BusinessRuleTaskInvalidMapping, "The result mapping of 'rules' is 'first'; expected resultList, singleEntry, singleResult or collectEntries.")]
    public void Parse_RefusesWhatCannotRun_NamingTheElement(string attributes, string code, string message)
    {
        var result = Parse(attributes);

        Assert.Null(result.Definition);
        Assert.Contains(result.Problems, p => p.ElementId == "rules" && p.Code == code && p.Message == message);
    }

    [Fact]
    public void Parse_AnExternalBusinessRuleTask_RunsACustomActivity()
    {
        var node = Assert.IsType<ServiceTaskDefinition>(Parse("""camunda:type="external" camunda:topic="diagnose" """).Definition!.Node("rules"));

        Assert.Equal(("diagnose", "businessRuleTask"), (node.Topic, node.ElementType));
    }
}
