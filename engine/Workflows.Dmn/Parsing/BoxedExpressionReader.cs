using System.Xml.Linq;
using Workflows.Dmn.Feel;
using Workflows.Dmn.Feel.Ast;

namespace Workflows.Dmn.Parsing;

/// <summary>
/// Reads boxed expressions into one FEEL expression: a literal expression, a context (entries in order, an unnamed
/// last entry is its result), a list, or an invocation of a knowledge model with named bindings.
/// </summary>
internal static class BoxedExpressionReader
{
    public static readonly string[] Kinds = ["literalExpression", "context", "list", "invocation"];

    public static FeelExpression? Read(XElement element, string fallbackId, DmnReadContext context)
    {
        if (element.Name.LocalName == "literalExpression")
        {
            var id = context.Id(element, fallbackId);
            context.CheckLanguage(element, id);
            return context.Expression(DmnReadContext.Text(element, context.Ns), id, "literal expression");
        }
        return Node(element, fallbackId, context) is { } node ? FeelExpression.FromNode($"boxed {element.Name.LocalName}", node) : null;
    }

    private static FeelNode? Node(XElement element, string fallbackId, DmnReadContext context)
    {
        var ns = context.Ns;
        var id = context.Id(element, fallbackId);
        switch (element.Name.LocalName)
        {
            case "literalExpression":
                context.CheckLanguage(element, id);
                return context.Expression(DmnReadContext.Text(element, ns), id, "literal expression")?.Root;
            case "context":
                var entries = new List<(string?, FeelNode)>();
                foreach (var entry in element.Elements(ns + "contextEntry"))
                {
                    var body = entry.Elements().FirstOrDefault(e => e.Name.LocalName != "variable");
                    var node = body is null ? new LiteralNode(null) : Node(body, id, context);
                    if (node is null) return null;
                    entries.Add(((string?)entry.Element(ns + "variable")?.Attribute("name"), node));
                }
                return new ContextNode(entries);
            case "list":
                var items = element.Elements().Select(e => Node(e, id, context)).ToList();
                return items.Any(i => i is null) ? null : new ListNode(items!);
            case "invocation":
                var calleeText = DmnReadContext.Text(element.Element(ns + "literalExpression"), ns) ?? "";
                var bindings = new List<(string, FeelNode)>();
                foreach (var binding in element.Elements(ns + "binding"))
                {
                    var body = binding.Elements().FirstOrDefault(e => e.Name.LocalName != "parameter");
                    var node = body is null ? new LiteralNode(null) : Node(body, id, context);
                    if (node is null) return null;
                    bindings.Add(((string?)binding.Element(ns + "parameter")?.Attribute("name") ?? "", node));
                }
                return new InvocationNode(new NameNode(calleeText), calleeText, [], bindings);
            default:
                context.Problem(id, DmnProblemCodes.UnsupportedLogic,
                    $"The boxed expression '{element.Name.LocalName}' is not supported; use a decision table, a literal expression, a context, a list or an invocation.");
                return null;
        }
    }
}
