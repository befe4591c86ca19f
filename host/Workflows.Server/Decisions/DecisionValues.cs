using System.Text.Json;
using Workflows.Dmn.Evaluation;
using Workflows.Dmn.Feel.Values;

namespace Workflows.Server.Decisions;

/// <summary>
/// FEEL values as JSON, the way process variables and the API carry them: numbers, strings, booleans, lists and
/// contexts as themselves; dates, times and durations as their ISO 8601 text (FEEL's string()).
/// </summary>
public static class DecisionValues
{
    /// <summary>Text as written ("+08:00", "李雷"), not \u-escaped: these values become variables and history, shown as text, never HTML.</summary>
    private static readonly JsonSerializerOptions Options = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static JsonElement ToJson(object? value) => JsonSerializer.SerializeToElement(Plain(value), Options);

    public static IReadOnlyDictionary<string, JsonElement> Output(IReadOnlyDictionary<string, object?> output)
    {
        var map = new OrderedDictionary<string, JsonElement>(output.Count);
        foreach (var (name, value) in output) map[name] = ToJson(value);
        return map;
    }

    /// <summary>The input columns as history keeps them: <c>[{id, label, expression, value}]</c>.</summary>
    public static JsonElement Inputs(IReadOnlyList<EvaluatedInput> inputs) =>
        JsonSerializer.SerializeToElement(inputs.Select(i => new { id = i.Id, label = i.Label, expression = i.Expression, value = Plain(i.Value) }), Options);

    private static object? Plain(object? value) => value switch
    {
        null or decimal or string or bool => value,
        IReadOnlyDictionary<string, object?> context => context.ToDictionary(e => e.Key, e => Plain(e.Value)),
        IReadOnlyList<object?> list => list.Select(Plain).ToList(),
        _ => FeelText.Format(value),
    };
}
