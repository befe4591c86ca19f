using System.Xml.Linq;
using Workflows.Engine.Expressions;
using Workflows.Engine.Model;
using static Workflows.Engine.Parsing.BpmnNamespaces;

namespace Workflows.Engine.Parsing;

/// <summary>Reads <c>camunda:inputOutput</c> from an element's extension elements.</summary>
internal static class InputOutputReader
{
    public static InputOutputDefinition Read(XElement element, ReadContext c)
    {
        var mapping = element.Element(Bpmn + "extensionElements")?.Element(Camunda + "inputOutput");
        if (mapping is null) return InputOutputDefinition.Empty;
        return new InputOutputDefinition(Parameters(element, mapping, "inputParameter", c), Parameters(element, mapping, "outputParameter", c));
    }

    private static List<ParameterDefinition> Parameters(XElement owner, XElement mapping, string kind, ReadContext c)
    {
        var result = new List<ParameterDefinition>();
        foreach (var parameter in mapping.Elements(Camunda + kind))
        {
            var name = (string?)parameter.Attribute("name");
            if (string.IsNullOrWhiteSpace(name))
            {
                c.Report(ReadContext.Id(owner), ProblemCodes.ParameterMissingName, $"An {kind} of '{ReadContext.Id(owner)}' has no name.");
                continue;
            }
            result.Add(new ParameterDefinition(name, Value(owner, parameter, c)));
        }
        return result;
    }

    private static ValueDefinition Value(XElement owner, XElement holder, ReadContext c)
    {
        var structured = holder.Elements().FirstOrDefault();
        if (structured is null)
        {
            var text = holder.Value;
            if (text.Length == 0) return ValueDefinition.Null;
            var compiled = c.Text(owner, text, "parameter value");
            return compiled?.Script is { } script ? new ValueDefinition.Expression(script) : new ValueDefinition.Literal(JsonValues.String(text));
        }
        switch (structured.Name.LocalName)
        {
            case "list":
                return new ValueDefinition.List(structured.Elements().Select(item => Value(owner, item, c)).ToList());
            case "map":
                return new ValueDefinition.Map(structured.Elements(Camunda + "entry")
                    .Select(entry => new KeyValuePair<string, ValueDefinition>((string?)entry.Attribute("key") ?? "", Value(owner, entry, c))).ToList());
            case "script":
                try { return new ValueDefinition.Expression(ExpressionCompiler.CompileScript(structured.Value)); }
                catch (ExpressionException e)
                {
                    c.Report(ReadContext.Id(owner), ProblemCodes.ScriptInvalid, $"A parameter script of '{ReadContext.Id(owner)}' does not parse: {e.Message}");
                    return ValueDefinition.Null;
                }
            default:
                return c.Text(owner, structured.Value, "parameter value")?.Script is { } s ? new ValueDefinition.Expression(s) : new ValueDefinition.Literal(JsonValues.String(structured.Value));
        }
    }
}
