using System.Globalization;
using System.Xml.Linq;
using Workflows.Engine.Expressions;
using Workflows.Engine.Model;
using static Workflows.Engine.Parsing.BpmnNamespaces;
using static Workflows.Engine.Parsing.ReadContext;

namespace Workflows.Engine.Parsing;

/// <summary>
/// Reads <c>multiInstanceLoopCharacteristics</c> in Camunda 7's dialect (<c>loopCardinality</c>, <c>camunda:collection</c>,
/// <c>camunda:elementVariable</c>, <c>completionCondition</c>) and Camunda 8's (<c>zeebe:loopCharacteristics</c> with
/// input and output collection). Camunda 8 writes FEEL (<c>= items</c>): the text after '=' runs as our expression
/// language, which reads names and paths the same way.
/// </summary>
internal static class MultiInstanceReader
{
    /// <summary>Names the engine sets itself; an element or output variable of that name would hide them.</summary>
    private static readonly string[] Reserved = ["loopCounter", "nrOfInstances", "nrOfActiveInstances", "nrOfCompletedInstances"];

    public static MultiInstanceDefinition? Read(XElement element, ReadContext c)
    {
        var loop = element.Element(Bpmn + "multiInstanceLoopCharacteristics");
        if (loop is null) return null;
        var id = Id(element);
        var zeebe = loop.Element(Bpmn + "extensionElements")?.Element(Zeebe + "loopCharacteristics");
        var definition = new MultiInstanceDefinition
        {
            IsSequential = string.Equals((string?)loop.Attribute("isSequential"), "true", StringComparison.OrdinalIgnoreCase),
            ElementVariable = NonEmpty(Camunda(loop, "elementVariable")) ?? NonEmpty((string?)zeebe?.Attribute("inputElement")),
            CompletionCondition = Condition(c, id, NonEmpty(loop.Element(Bpmn + "completionCondition")?.Value)),
            InnerAsyncBefore = CamundaFlag(loop, "asyncBefore") || CamundaFlag(loop, "async"),
            InnerAsyncAfter = CamundaFlag(loop, "asyncAfter"),
            OutputCollection = NonEmpty((string?)zeebe?.Attribute("outputCollection")),
            OutputElement = Expression(c, element, NonEmpty((string?)zeebe?.Attribute("outputElement")), "output element"),
        };
        definition = Cardinality(c, element, definition, NonEmpty(loop.Element(Bpmn + "loopCardinality")?.Value));
        definition = Collection(c, element, definition, NonEmpty(Camunda(loop, "collection")), NonEmpty((string?)zeebe?.Attribute("inputCollection")));
        Check(c, id, definition);
        return definition;
    }

    private static MultiInstanceDefinition Cardinality(ReadContext c, XElement element, MultiInstanceDefinition definition, string? text)
    {
        if (text is null) return definition;
        var compiled = c.Text(element, text, "loop cardinality");
        if (compiled is null) return definition with { Cardinality = 0 };
        if (!compiled.IsLiteral) return definition with { CardinalityExpression = compiled.Script };
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= 0) return definition with { Cardinality = n };
        c.Report(Id(element), ProblemCodes.MultiInstanceInvalidCardinality,
            $"The loop cardinality of '{Id(element)}' must be a whole number of at least 0 or an expression such as ${{count}}, not '{text}'.");
        return definition with { Cardinality = 0 };
    }

    private static MultiInstanceDefinition Collection(ReadContext c, XElement element, MultiInstanceDefinition definition, string? camunda, string? zeebe)
    {
        if (camunda is not null)
        {
            var isExpression = camunda.Contains("${", StringComparison.Ordinal) || camunda.Contains("#{", StringComparison.Ordinal);
            return isExpression
                ? definition with { CollectionExpression = Expression(c, element, camunda, "collection") ?? Empty }
                : definition with { CollectionVariable = camunda };
        }
        return zeebe is null ? definition : definition with { CollectionExpression = Expression(c, element, zeebe, "input collection") ?? Empty };
    }

    private static void Check(ReadContext c, string id, MultiInstanceDefinition d)
    {
        if (d.Cardinality is null && d.CardinalityExpression is null && !d.HasCollection)
            c.Report(id, ProblemCodes.MultiInstanceMissingInput,
                $"Multi-instance '{id}' says neither how many instances to run nor over what: set a loop cardinality or a collection.");
        if (d.ElementVariable is not null && !d.HasCollection)
            c.Report(id, ProblemCodes.MultiInstanceElementWithoutCollection,
                $"Multi-instance '{id}' has an element variable '{d.ElementVariable}' but no collection to take its elements from.");
        if ((d.OutputCollection is null) != (d.OutputElement is null))
            c.Report(id, ProblemCodes.MultiInstanceIncompleteOutput,
                $"Multi-instance '{id}' needs both an output collection and an output element to collect results.");
        foreach (var name in new[] { d.ElementVariable, d.OutputCollection })
            if (name is not null && Reserved.Contains(name))
                c.Report(id, ProblemCodes.MultiInstanceInvalidVariable, $"Multi-instance '{id}' may not use '{name}' as a variable: the engine sets it.");
    }

    private static CompiledScript? Condition(ReadContext c, string id, string? text) => text is null ? null : c.Condition(id, Feel(text));

    private static CompiledScript? Expression(ReadContext c, XElement element, string? text, string what)
    {
        if (text is null) return null;
        var feel = Feel(text);
        var compiled = c.Text(element, feel.Contains("${", StringComparison.Ordinal) || feel.Contains("#{", StringComparison.Ordinal) ? feel : "${" + feel + "}", what);
        return compiled?.Script;
    }

    /// <summary>Camunda 8 marks expressions with a leading '='.</summary>
    private static string Feel(string text) => text.StartsWith('=') ? text[1..].Trim() : text;

    private static string? NonEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>Stands in for an expression that did not compile (already reported), so checks do not report twice.</summary>
    private static readonly CompiledScript Empty = ExpressionCompiler.CompileCondition("null");
}
