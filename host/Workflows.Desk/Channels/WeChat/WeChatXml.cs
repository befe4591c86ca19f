using System.Xml;
using System.Xml.Linq;

namespace Workflows.Desk.Channels.WeChat;

/// <summary>
/// Reads the flat <c>&lt;xml&gt;</c> documents WeChat posts: each child element's name and text (CDATA or not). Any
/// DTD is refused, so no entity can expand (billion laughs) or reach out (external entities); nothing resolves URLs,
/// and the document is at most <see cref="WeChatOptions.MaxBodyBytes"/> characters.
/// </summary>
public static class WeChatXml
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = WeChatOptions.MaxBodyBytes,
        MaxCharactersFromEntities = 1024,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    /// <summary>The fields of the document, or the reason it is not a WeChat message.</summary>
    public static (IReadOnlyDictionary<string, string>? Fields, string? Error) Read(string text)
    {
        XElement root;
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), Settings);
            root = XDocument.Load(reader, LoadOptions.None).Root!;
        }
        catch (XmlException e)
        {
            return (null, $"The body is not a WeChat XML document: {e.Message}");
        }
        if (root.Name.LocalName != "xml") return (null, $"A WeChat message is an <xml> element, not <{root.Name.LocalName}>.");
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        // Nested elements (an event's ScanCodeInfo, SendPicsInfo) are not read; a repeated field keeps its first value.
        foreach (var element in root.Elements().Where(e => !e.HasElements)) fields.TryAdd(element.Name.LocalName, element.Value);
        return (fields, null);
    }
}
