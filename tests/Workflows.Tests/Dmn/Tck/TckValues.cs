using System.Globalization;
using System.Xml.Linq;
using Workflows.Dmn.Feel.Values;

namespace Workflows.Tests.Dmn.Tck;

/// <summary>Reads the TCK's typed values (value with xsi:type, component, list/item, xsi:nil) into FEEL values.</summary>
internal static class TckValues
{
    public static readonly XNamespace Ns = "http://www.omg.org/spec/DMN/20160719/testcase";
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    /// <summary>The value an inputNode, component, item or expected element holds.</summary>
    public static object? Read(XElement holder)
    {
        if (holder.Element(Ns + "value") is { } value) return Scalar(value);
        if (holder.Element(Ns + "list") is { } list) return list.Elements(Ns + "item").Select(Read).ToList();
        var components = holder.Elements(Ns + "component").ToList();
        if (components.Count > 0) return FeelValue.Context(components.Select(c => KeyValuePair.Create((string)c.Attribute("name")!, Read(c))));
        return null;
    }

    private static object? Scalar(XElement value)
    {
        if ((string?)value.Attribute(Xsi + "nil") == "true") return null;
        var text = value.Value;
        var type = (string?)value.Attribute(Xsi + "type") ?? "";
        return type[(type.IndexOf(':') + 1)..] switch
        {
            "decimal" or "double" or "int" or "integer" or "long" => decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
            "boolean" => text.Trim() == "true",
            "date" => TemporalParser.ParseDate(text.Trim()),
            "dateTime" => TemporalParser.ParseDateTime(text.Trim()),
            "time" => TemporalParser.ParseTime(text.Trim()),
            "duration" => TemporalParser.ParseDuration(text.Trim()),
            _ => text,
        };
    }
}
