using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Workflows.Engine.Parsing;

/// <summary>Loads untrusted XML: no DTD, no external entities, bounded size and element count.</summary>
internal static class SafeXml
{
    public static XDocument? Load(string xml, BpmnParserOptions options, List<ValidationProblem> problems)
    {
        if (Encoding.UTF8.GetByteCount(xml) > options.MaxBytes)
        {
            problems.Add(new(null, ProblemCodes.XmlTooLarge, $"The diagram is larger than {options.MaxBytes / (1024 * 1024)} MB."));
            return null;
        }
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersFromEntities = 0,
            MaxCharactersInDocument = options.MaxBytes,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            var document = XDocument.Load(reader, LoadOptions.SetLineInfo);
            if (document.Descendants().Take(options.MaxElements + 1).Count() > options.MaxElements)
            {
                problems.Add(new(null, ProblemCodes.XmlTooManyElements, $"The diagram has more than {options.MaxElements} XML elements."));
                return null;
            }
            return document;
        }
        catch (XmlException e) when (e.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase))
        {
            problems.Add(new(null, ProblemCodes.XmlDtdProhibited, "The diagram declares a DTD; DTDs and entities are refused for safety."));
            return null;
        }
        catch (XmlException e)
        {
            var reason = e.Message.Split(" Line ")[0].TrimEnd('.');
            problems.Add(new(null, ProblemCodes.XmlMalformed, $"The XML is malformed at line {e.LineNumber}, column {e.LinePosition}: {reason}."));
            return null;
        }
    }
}
