using System.Text;
using System.Text.Json;
using Workflows.Server.Problems;

namespace Workflows.Server.Definitions;

/// <summary>
/// Reads a diagram from a request body: bare BPMN XML (any XML or text content type), or JSON
/// <c>{ "xml": "…", "forms": { "formKey": { form-js schema } } }</c> when it comes with its forms.
/// </summary>
public static class PackageReader
{
    /// <summary>The JSON form of a package, as the API documents it: the XML, and each form's form-js schema under its key.</summary>
    public sealed record Upload(string Xml, Dictionary<string, System.Text.Json.JsonElement>? Forms);

    public static async Task<(DefinitionPackage? Package, IResult? Problem)> ReadAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        if (string.IsNullOrWhiteSpace(body))
            return (null, Problem.Field("body", "Send the BPMN 2.0 XML of the diagram, or JSON { xml, forms }, as the request body."));
        if (request.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) != true) return (DefinitionPackage.Diagram(body), null);
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("xml", out var xml) || xml.ValueKind != JsonValueKind.String
                || string.IsNullOrWhiteSpace(xml.GetString()))
                return (null, Problem.Field("xml", "Give the diagram's BPMN 2.0 XML as the string property 'xml'."));
            var forms = new Dictionary<string, string>(StringComparer.Ordinal);
            if (root.TryGetProperty("forms", out var given) && given.ValueKind != JsonValueKind.Null)
            {
                if (given.ValueKind != JsonValueKind.Object)
                    return (null, Problem.Field("forms", "'forms' is an object from form key to form-js schema."));
                foreach (var form in given.EnumerateObject()) forms[form.Name] = form.Value.GetRawText();
            }
            return (new DefinitionPackage(xml.GetString()!, forms), null);
        }
        catch (JsonException e)
        {
            return (null, Problem.Field("body", $"The body is not valid JSON: {e.Message}"));
        }
    }

    /// <summary>The forms as the JSON object they were given in, for a draft or a response.</summary>
    public static string FormsJson(IReadOnlyDictionary<string, string> forms) =>
        "{" + string.Join(",", forms.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => JsonSerializer.Serialize(f.Key) + ":" + f.Value)) + "}";
}
