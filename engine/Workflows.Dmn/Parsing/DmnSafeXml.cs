using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Workflows.Dmn.Parsing;

/// <summary>
/// Loads untrusted XML: no DTD, no external entities, bounded size and element count. The BPMN parser's SafeXml does the
/// same; this library keeps its own copy on purpose, since it depends on no project of ours (LayerTests).
/// </summary>
internal static class DmnSafeXml
{
    public static XDocument? Load(string xml, DmnParserOptions options, List<DmnProblem> problems)
    {
        if (Encoding.UTF8.GetByteCount(xml) > options.MaxBytes)
        {
            problems.Add(new(null, DmnProblemCodes.XmlTooLarge, $"The DMN file is larger than {options.MaxBytes / (1024 * 1024)} MB."));
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
                problems.Add(new(null, DmnProblemCodes.XmlTooManyElements, $"The DMN file has more than {options.MaxElements} XML elements."));
                return null;
            }
            return document;
        }
        catch (XmlException e) when (e.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase))
        {
            problems.Add(new(null, DmnProblemCodes.XmlDtdProhibited, "The DMN file declares a DTD; DTDs and entities are refused for safety."));
            return null;
        }
        catch (XmlException e)
        {
            var reason = e.Message.Split(" Line ")[0].TrimEnd('.');
            problems.Add(new(null, DmnProblemCodes.XmlMalformed, $"The XML is malformed at line {e.LineNumber}, column {e.LinePosition}: {reason}."));
            return null;
        }
    }
}
