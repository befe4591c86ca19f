using System.Xml.Linq;
using Workflows.Engine.Model;
using static Workflows.Engine.Parsing.ReadContext;

namespace Workflows.Engine.Parsing;

/// <summary>
/// Reads <c>bpmn:businessRuleTask</c> the way Camunda 7 writes it: a DMN decision by <c>camunda:decisionRef</c>, or an
/// external custom activity by <c>camunda:type="external"</c> like a service task.
/// </summary>
internal static class BusinessRuleTaskReader
{
    private static readonly Dictionary<string, DecisionBinding> Bindings = new(StringComparer.Ordinal)
    {
        ["latest"] = DecisionBinding.Latest, ["deployment"] = DecisionBinding.Deployment, ["version"] = DecisionBinding.Version,
    };

    private static readonly Dictionary<string, DecisionResultMapping> Mappings = new(StringComparer.Ordinal)
    {
        ["resultList"] = DecisionResultMapping.ResultList, ["singleEntry"] = DecisionResultMapping.SingleEntry,
        ["singleResult"] = DecisionResultMapping.SingleResult, ["collectEntries"] = DecisionResultMapping.CollectEntries,
    };

    public static FlowNodeDefinition Read(XElement e, ReadContext c)
    {
        var id = Id(e);
        if (Camunda(e, "decisionRef") is null && (Camunda(e, "type") ?? Camunda(e, "class") ?? Camunda(e, "delegateExpression") ?? Camunda(e, "expression")) is not null)
            return TaskReaders.External(e, c, "businessRuleTask") ?? TaskReaders.Placeholder(e);
        if (Camunda(e, "decisionRef") is not { } reference || string.IsNullOrWhiteSpace(reference))
        {
            c.Report(id, ProblemCodes.BusinessRuleTaskMissingDecision,
                $"Business rule task '{id}' names no decision: set Decision reference (camunda:decisionRef) to a decision's id.");
            return TaskReaders.Placeholder(e);
        }
        var bindingText = Camunda(e, "decisionRefBinding") ?? "latest";
        if (!Bindings.TryGetValue(bindingText, out var binding))
            c.Report(id, ProblemCodes.BusinessRuleTaskInvalidBinding,
                $"The decision binding of '{id}' is '{bindingText}'; expected latest, deployment or version.");
        var versionText = Camunda(e, "decisionRefVersion");
        if (binding == DecisionBinding.Version && string.IsNullOrWhiteSpace(versionText))
            c.Report(id, ProblemCodes.BusinessRuleTaskInvalidBinding, $"'{id}' binds a decision version but gives none: set camunda:decisionRefVersion.");
        else if (binding == DecisionBinding.Version && !versionText!.Contains("${", StringComparison.Ordinal)
                 && (!int.TryParse(versionText, out var n) || n < 1))
            c.Report(id, ProblemCodes.BusinessRuleTaskInvalidBinding, $"The decision version of '{id}' must be a whole number from 1 or an expression, not '{versionText}'.");
        var mappingText = Camunda(e, "mapDecisionResult") ?? "resultList";
        if (!Mappings.TryGetValue(mappingText, out var mapping))
            c.Report(id, ProblemCodes.BusinessRuleTaskInvalidMapping,
                $"The result mapping of '{id}' is '{mappingText}'; expected resultList, singleEntry, singleResult or collectEntries.");
        var resultVariable = Camunda(e, "resultVariable") is { Length: > 0 } variable ? variable.Trim() : null;
        return new BusinessRuleTaskDefinition
        {
            Id = id, ElementType = "businessRuleTask",
            DecisionRef = c.Text(e, reference.Trim(), "decision reference") ?? new Expressions.CompiledText(reference.Trim(), null),
            Binding = binding,
            Version = binding == DecisionBinding.Version && !string.IsNullOrWhiteSpace(versionText) ? c.Text(e, versionText.Trim(), "decision version") : null,
            ResultVariable = resultVariable,
            Mapping = mapping,
        };
    }
}
