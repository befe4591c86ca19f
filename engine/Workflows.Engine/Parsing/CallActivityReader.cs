using System.Xml.Linq;
using Workflows.Engine.Expressions;
using Workflows.Engine.Model;
using static Workflows.Engine.Parsing.BpmnNamespaces;
using static Workflows.Engine.Parsing.ReadContext;

namespace Workflows.Engine.Parsing;

/// <summary>
/// Reads <c>bpmn:callActivity</c> with the attributes Camunda Modeler writes for Camunda 7: <c>calledElement</c>,
/// <c>camunda:calledElementBinding</c> and <c>camunda:calledElementVersion</c>, and the <c>camunda:in</c> /
/// <c>camunda:out</c> mappings (<c>source</c>, <c>sourceExpression</c>, <c>target</c>, <c>variables="all"</c>,
/// <c>local</c>, <c>businessKey</c>).
/// </summary>
internal static class CallActivityReader
{
    public static FlowNodeDefinition Read(XElement e, ReadContext c)
    {
        var id = Id(e);
        var called = (string?)e.Attribute("calledElement");
        if (string.IsNullOrWhiteSpace(called))
        {
            c.Report(id, ProblemCodes.CallMissingElement, $"Call activity '{id}' calls no process: set Called element to the key of a published process.");
            return TaskReaders.Placeholder(e);
        }
        var (binding, version) = Binding(e, c);
        var extensions = e.Element(Bpmn + "extensionElements");
        var inputs = extensions?.Elements(BpmnNamespaces.Camunda + "in").ToList() ?? [];
        var keyMapping = inputs.FirstOrDefault(i => i.Attribute("businessKey") is not null);
        return new CallActivityDefinition
        {
            Id = id, ElementType = "callActivity",
            CalledElement = c.Text(e, called.Trim(), "called element") ?? new CompiledText(called.Trim(), null),
            Binding = binding, Version = version,
            In = Mappings(e, inputs.Where(i => i != keyMapping), "in", c),
            Out = Mappings(e, extensions?.Elements(BpmnNamespaces.Camunda + "out") ?? [], "out", c),
            BusinessKey = keyMapping is null ? null : Value(e, (string)keyMapping.Attribute("businessKey")!, c),
        };
    }

    private static (CallBinding, CompiledText?) Binding(XElement e, ReadContext c)
    {
        var id = Id(e);
        switch (Camunda(e, "calledElementBinding")?.Trim())
        {
            case null or "" or "latest":
                return (CallBinding.Latest, null);
            case "deployment":
                return (CallBinding.Deployment, null);
            case "version":
                var version = Camunda(e, "calledElementVersion")?.Trim();
                var compiled = string.IsNullOrEmpty(version) ? null : c.Text(e, version, "called element version");
                if (compiled is null || (compiled.IsLiteral && !(int.TryParse(version, out var number) && number > 0)))
                {
                    c.Report(id, ProblemCodes.CallInvalidBinding, $"Call activity '{id}' binds to a version but '{version}' is not a version number (1, 2, …) or an expression.");
                    return (CallBinding.Latest, null);
                }
                return (CallBinding.Version, compiled);
            case var other:
                c.Report(id, ProblemCodes.CallInvalidBinding, $"Call activity '{id}': binding '{other}' is not supported; use latest, deployment or version.");
                return (CallBinding.Latest, null);
        }
    }

    private static List<CallMapping> Mappings(XElement owner, IEnumerable<XElement> elements, string kind, ReadContext c)
    {
        var id = Id(owner);
        var result = new List<CallMapping>();
        foreach (var mapping in elements)
        {
            var local = string.Equals((string?)mapping.Attribute("local"), "true", StringComparison.OrdinalIgnoreCase);
            if (string.Equals((string?)mapping.Attribute("variables"), "all", StringComparison.OrdinalIgnoreCase))
            {
                result.Add(new CallMapping(null, null, null, All: true, local));
                continue;
            }
            var (source, expression, target) = ((string?)mapping.Attribute("source"), (string?)mapping.Attribute("sourceExpression"), (string?)mapping.Attribute("target"));
            if (string.IsNullOrWhiteSpace(target) || string.IsNullOrWhiteSpace(source) == string.IsNullOrWhiteSpace(expression))
            {
                c.Report(id, ProblemCodes.CallInvalidMapping,
                    $"A camunda:{kind} of call activity '{id}' needs a target and exactly one of source and sourceExpression (or variables=\"all\").");
                continue;
            }
            CompiledScript? script = null;
            if (!string.IsNullOrWhiteSpace(expression))
            {
                try { script = ExpressionCompiler.CompileCondition(expression); }
                catch (ExpressionException ex)
                {
                    c.Report(id, ProblemCodes.ExpressionInvalid, $"The sourceExpression of a camunda:{kind} of '{id}' is invalid: {ex.Message}");
                    continue;
                }
            }
            result.Add(new CallMapping(string.IsNullOrWhiteSpace(source) ? null : source.Trim(), script, target.Trim(), All: false, local));
        }
        return result;
    }

    private static ValueDefinition Value(XElement owner, string text, ReadContext c) =>
        c.Text(owner, text, "business key")?.Script is { } script ? new ValueDefinition.Expression(script) : new ValueDefinition.Literal(JsonValues.String(text));
}
