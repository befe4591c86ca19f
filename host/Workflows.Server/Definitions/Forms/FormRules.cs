using System.Text.Json;
using System.Text.RegularExpressions;
using Workflows.Engine.Model;
using Workflows.Engine.Parsing;

namespace Workflows.Server.Definitions.Forms;

/// <summary>
/// What makes a definition's forms publishable: each is a form-js schema (a JSON object with a components
/// array) of bounded size under a plain key, and every user task whose form key is plain finds its form.
/// A key with a colon or a slash (Camunda's <c>embedded:app:forms/x.html</c>, a path) points outside the
/// product and is left alone.
/// </summary>
public static partial class FormRules
{
    public const int MaxSchemaBytes = 256 * 1024;

    public static bool IsStoredKey(string? formKey) => formKey is not null && KeyPattern().IsMatch(formKey);

    public static IEnumerable<(string TaskId, string FormKey)> References(ProcessDefinition definition) =>
        definition.Nodes.Values.OfType<UserTaskDefinition>().Where(t => IsStoredKey(t.FormKey)).Select(t => (t.Id, t.FormKey!));

    public static List<ValidationProblem> Check(ProcessDefinition definition, IReadOnlyDictionary<string, string> forms)
    {
        var problems = new List<ValidationProblem>();
        foreach (var (key, schema) in forms)
        {
            if (!KeyPattern().IsMatch(key))
                problems.Add(new ValidationProblem($"forms.{key}", "FORM_KEY_INVALID",
                    $"Form key '{key}' must be 1 to 100 letters, digits, '-', '_' or '.', starting with a letter or digit."));
            else if (SchemaProblem(schema) is { } message)
                problems.Add(new ValidationProblem($"forms.{key}", "FORM_INVALID", $"Form '{key}' {message}"));
        }
        foreach (var (taskId, formKey) in References(definition))
            if (!forms.ContainsKey(formKey))
                problems.Add(new ValidationProblem(taskId, "FORM_MISSING",
                    $"The task's form '{formKey}' is neither in this package nor in the latest published version; create it in the form editor."));
        return problems;
    }

    private static string? SchemaProblem(string schema)
    {
        if (System.Text.Encoding.UTF8.GetByteCount(schema) > MaxSchemaBytes) return $"is larger than {MaxSchemaBytes / 1024} KB.";
        try
        {
            using var document = JsonDocument.Parse(schema);
            if (document.RootElement.ValueKind != JsonValueKind.Object) return "is not a JSON object.";
            if (!document.RootElement.TryGetProperty("components", out var components) || components.ValueKind != JsonValueKind.Array)
                return "is not a form-js schema: it has no 'components' array.";
            return null;
        }
        catch (JsonException e)
        {
            return $"is not valid JSON: {e.Message}";
        }
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$")]
    private static partial Regex KeyPattern();
}
