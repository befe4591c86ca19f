using System.Xml.Linq;
using Workflows.Dmn.Feel;
using Workflows.Dmn.Model;

namespace Workflows.Dmn.Parsing;

/// <summary>Reads a decisionTable: hit policy and aggregator, input and output columns, rules.</summary>
internal static class DecisionTableReader
{
    private static readonly Dictionary<string, HitPolicy> HitPolicies = new()
    {
        ["UNIQUE"] = HitPolicy.Unique, ["FIRST"] = HitPolicy.First, ["PRIORITY"] = HitPolicy.Priority, ["ANY"] = HitPolicy.Any,
        ["COLLECT"] = HitPolicy.Collect, ["RULE ORDER"] = HitPolicy.RuleOrder, ["OUTPUT ORDER"] = HitPolicy.OutputOrder,
    };

    private static readonly Dictionary<string, CollectAggregator> Aggregators = new()
    {
        ["SUM"] = CollectAggregator.Sum, ["MIN"] = CollectAggregator.Min, ["MAX"] = CollectAggregator.Max, ["COUNT"] = CollectAggregator.Count,
    };

    public static DecisionTableDefinition? Read(XElement table, string variableName, DmnReadContext context)
    {
        var ns = context.Ns;
        var id = context.Id(table, variableName + "_table");
        var problemsBefore = context.Problems.Count;
        var hitText = ((string?)table.Attribute("hitPolicy") ?? "UNIQUE").Trim();
        if (!HitPolicies.TryGetValue(hitText, out var hitPolicy))
            context.Problem(id, DmnProblemCodes.UnknownHitPolicy,
                $"The decision table has hit policy '{hitText}'; expected one of {string.Join(", ", HitPolicies.Keys)}.");
        var aggregator = CollectAggregator.None;
        if ((string?)table.Attribute("aggregation") is { } aggregationText && !Aggregators.TryGetValue(aggregationText.Trim(), out aggregator))
            context.Problem(id, DmnProblemCodes.UnknownAggregator, $"The decision table has aggregation '{aggregationText}'; expected SUM, MIN, MAX or COUNT.");

        var inputs = table.Elements(ns + "input").Select((input, i) => ReadInput(input, $"{id}_input{i + 1}", context)).ToList();
        var outputElements = table.Elements(ns + "output").ToList();
        var outputs = outputElements.Select((output, i) => ReadOutput(output, $"{id}_output{i + 1}", variableName, outputElements.Count, context)).ToList();
        if (aggregator != CollectAggregator.None && hitPolicy != HitPolicy.Collect)
            context.Problem(id, DmnProblemCodes.AggregatorNeedsCollect, $"Aggregation {aggregator.ToString().ToUpperInvariant()} needs hit policy COLLECT, not {hitText}.");
        if (aggregator != CollectAggregator.None && outputs.Count > 1)
            context.Problem(id, DmnProblemCodes.AggregatorSeveralOutputs, "A COLLECT table with an aggregation must have exactly one output.");

        var rules = table.Elements(ns + "rule").Select((rule, i) => ReadRule(rule, $"{id}_rule{i + 1}", inputs.Count, outputs.Count, context)).ToList();
        if (context.Problems.Count > problemsBefore) return null;
        return new DecisionTableDefinition
        {
            Id = id, HitPolicy = hitPolicy, Aggregator = aggregator,
            Inputs = inputs!, Outputs = outputs!, Rules = rules!,
        };
    }

    private static InputClause? ReadInput(XElement input, string fallbackId, DmnReadContext context)
    {
        var id = context.Id(input, fallbackId);
        if (input.Element(context.Ns + "inputExpression") is { } inputExpression) context.CheckLanguage(inputExpression, id);
        var expression = context.Expression(DmnReadContext.Text(input.Element(context.Ns + "inputExpression"), context.Ns), id, "input expression");
        var valuesText = DmnReadContext.Text(input.Element(context.Ns + "inputValues"), context.Ns);
        var values = string.IsNullOrWhiteSpace(valuesText) ? null : context.UnaryTests(valuesText, id, "input values");
        return expression is null ? null : new InputClause { Id = id, Label = (string?)input.Attribute("label"), Expression = expression, InputValues = values };
    }

    private static OutputClause? ReadOutput(XElement output, string fallbackId, string variableName, int outputCount, DmnReadContext context)
    {
        var id = context.Id(output, fallbackId);
        var name = (string?)output.Attribute("name");
        if (string.IsNullOrWhiteSpace(name))
        {
            if (outputCount > 1)
                context.Problem(id, DmnProblemCodes.OutputWithoutName, "An output of a table with several outputs needs a name.");
            name = variableName;
        }
        var valuesText = DmnReadContext.Text(output.Element(context.Ns + "outputValues"), context.Ns);
        IReadOnlyList<object?> values = [];
        if (!string.IsNullOrWhiteSpace(valuesText) && context.Expression("[" + valuesText + "]", id, "output values") is { } list)
        {
            try { values = list.Evaluate(new FeelScope()) as IReadOnlyList<object?> ?? []; }
            catch (FeelException e) { context.Problem(id, DmnProblemCodes.FeelInvalid, $"The output values '{valuesText}' cannot be evaluated: {e.Message}"); }
        }
        var defaultElement = output.Element(context.Ns + "defaultOutputEntry");
        var defaultOutput = defaultElement is null ? null : context.Expression(DmnReadContext.Text(defaultElement, context.Ns), id, "default output");
        return new OutputClause
        {
            Id = id, Name = name, Label = (string?)output.Attribute("label"), TypeRef = (string?)output.Attribute("typeRef"),
            OutputValues = values, DefaultOutput = defaultOutput,
        };
    }

    private static RuleDefinition? ReadRule(XElement rule, string fallbackId, int inputCount, int outputCount, DmnReadContext context)
    {
        var id = context.Id(rule, fallbackId);
        var inputEntries = rule.Elements(context.Ns + "inputEntry").ToList();
        var outputEntries = rule.Elements(context.Ns + "outputEntry").ToList();
        if (inputEntries.Count != inputCount || outputEntries.Count != outputCount)
        {
            context.Problem(id, DmnProblemCodes.EntryCountMismatch,
                $"The rule has {inputEntries.Count} input and {outputEntries.Count} output entries; the table has {inputCount} inputs and {outputCount} outputs.");
            return null;
        }
        foreach (var entry in inputEntries.Concat(outputEntries)) context.CheckLanguage(entry, context.Id(entry, id));
        var tests = inputEntries.Select(e => context.UnaryTests(DmnReadContext.Text(e, context.Ns), context.Id(e, id), "input entry")).ToList();
        var results = outputEntries.Select(e => context.Expression(DmnReadContext.Text(e, context.Ns), context.Id(e, id), "output entry")).ToList();
        if (tests.Any(t => t is null) || results.Any(r => r is null)) return null;
        return new RuleDefinition { Id = id, InputEntries = tests!, OutputEntries = results! };
    }
}
