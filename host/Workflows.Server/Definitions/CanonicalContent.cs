using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace Workflows.Server.Definitions;

/// <summary>
/// A package's content with its formatting taken out, so that publishing what a version already holds is recognised
/// as no change: BPMN as the designer's <c>saveXML({format: true})</c> re-indents it, with other namespace prefixes or
/// attributes or elements in another order, and forms as JSON that went through a browser and back.
/// </summary>
public static class CanonicalContent
{
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    /// <summary>Which tool wrote the file says nothing about the process.</summary>
    private static readonly HashSet<string> ToolAttributes = ["exporter", "exporterVersion"];

    public static string Xml(string xml)
    {
        var root = XDocument.Parse(xml).Root ?? throw new FormatException("The XML has no root element.");
        var text = new StringBuilder();
        Write(root, text, isRoot: true);
        return text.ToString();
    }

    public static string Json(string json) => Sorted(JsonNode.Parse(json))?.ToJsonString() ?? "null";

    private static void Write(XElement element, StringBuilder text, bool isRoot)
    {
        text.Append('<').Append(element.Name.ToString());
        foreach (var attribute in element.Attributes()
                     .Where(a => !a.IsNamespaceDeclaration && !(isRoot && a.Name.Namespace == XNamespace.None && ToolAttributes.Contains(a.Name.LocalName)))
                     .OrderBy(a => a.Name.ToString(), StringComparer.Ordinal))
            text.Append(' ').Append(attribute.Name.ToString()).Append("=\"").Append(Value(element, attribute)).Append('"');
        text.Append('>');
        foreach (var node in element.Nodes().OfType<XText>())
            if (node.Value.Trim() is { Length: > 0 } trimmed) text.Append(Escape(trimmed));
        // Modelers write children in their own order: bpmn-js puts incoming and outgoing before an event's definition
        // and lays out diagram shapes as it walks them. Sorted by name and id, the order no longer matters; children
        // without an id (input parameters, list items) keep theirs, since the sort is stable.
        foreach (var child in element.Elements().OrderBy(e => e.Name.ToString(), StringComparer.Ordinal)
                     .ThenBy(e => (string?)e.Attribute("id") ?? "", StringComparer.Ordinal))
            Write(child, text, isRoot: false);
        text.Append("</>");
    }

    /// <summary>xsi:type names a type by prefix: compare the namespace it stands for, not the letters.</summary>
    private static string Value(XElement element, XAttribute attribute)
    {
        if (attribute.Name == Xsi + "type" && attribute.Value.Split(':') is [var prefix, var local]
            && element.GetNamespaceOfPrefix(prefix) is { } ns)
            return Escape((ns + local).ToString());
        return Escape(attribute.Value);
    }

    private static string Escape(string value) => value.Replace("&", "&amp;").Replace("<", "&lt;").Replace("\"", "&quot;");

    private static JsonNode? Sorted(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, Sorted(p.Value)))),
        JsonArray a => new JsonArray(a.Select(Sorted).ToArray()),
        null => null,
        _ => JsonNode.Parse(node.ToJsonString()),
    };
}
