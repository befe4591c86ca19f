using System.Security.Cryptography;
using System.Text;

namespace Workflows.Server.Definitions;

/// <summary>
/// What a designer publishes or saves as a draft: the BPMN XML and the form-js schemas its user tasks name by
/// <c>camunda:formKey</c>, each schema as its JSON text.
/// </summary>
public sealed record DefinitionPackage(string Xml, IReadOnlyDictionary<string, string> Forms)
{
    public static DefinitionPackage Diagram(string xml) => new(xml, new Dictionary<string, string>());

    /// <summary>
    /// A hash of what the diagram and its forms say, not how they are formatted (<see cref="CanonicalContent"/>):
    /// the same process re-indented by a modeler, or its forms after a trip through a browser, hash the same.
    /// </summary>
    public string Checksum()
    {
        var content = new StringBuilder(CanonicalContent.Xml(Xml));
        foreach (var (key, schema) in Forms.OrderBy(f => f.Key, StringComparer.Ordinal))
            content.Append("\n\u0000form:").Append(key).Append('\n').Append(CanonicalContent.Json(schema));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content.ToString())));
    }
}
