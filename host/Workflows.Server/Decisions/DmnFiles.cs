using System.Xml;

namespace Workflows.Server.Decisions;

/// <summary>Tells a DMN file from a BPMN one by its root element's namespace, reading no further than the root.</summary>
public static class DmnFiles
{
    public static bool IsDmn(string xml)
    {
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            return reader.MoveToContent() == XmlNodeType.Element && reader.NamespaceURI.Contains("omg.org/spec/DMN/", StringComparison.Ordinal);
        }
        catch (XmlException)
        {
            return false;
        }
    }
}
