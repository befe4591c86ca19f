using System.Text.Json;

namespace Workflows.Dmn.Feel.Values;

/// <summary>
/// The CLR shapes FEEL values take: null, decimal, string, bool, DateOnly, FeelTime, FeelDateTime, TimeSpan (days and
/// time duration), YearsMonthsDuration, IReadOnlyList&lt;object?&gt;, IReadOnlyDictionary&lt;string, object?&gt; (context),
/// FeelRange and FeelFunction. Callers' values (int, double, DateTime, JsonElement…) are brought into these shapes here.
/// </summary>
public static class FeelValue
{
    public static object? From(object? value) => value switch
    {
        null => null,
        decimal or string or bool or DateOnly or FeelTime or FeelDateTime or TimeSpan or YearsMonthsDuration or FeelRange or FeelFunction => value,
        int i => (decimal)i,
        long l => (decimal)l,
        short s => (decimal)s,
        byte b => (decimal)b,
        double d => double.IsFinite(d) ? (decimal)d : null,
        float f => float.IsFinite(f) ? (decimal)f : null,
        DateTime dt => new FeelDateTime(DateTime.SpecifyKind(dt, DateTimeKind.Unspecified), dt.Kind == DateTimeKind.Utc ? TimeSpan.Zero : null),
        DateTimeOffset dto => new FeelDateTime(dto.DateTime, dto.Offset),
        TimeOnly t => new FeelTime(t.ToTimeSpan(), null),
        JsonElement json => FromJson(json),
        IReadOnlyDictionary<string, object?> context => Context(context.Select(e => KeyValuePair.Create(e.Key, From(e.Value)))),
        IDictionary<string, object?> context => Context(context.Select(e => KeyValuePair.Create(e.Key, From(e.Value)))),
        System.Collections.IEnumerable items => items.Cast<object?>().Select(From).ToList(),
        _ => throw new FeelException($"A value of type {value.GetType().Name} cannot be used in FEEL."),
    };

    public static object? FromJson(JsonElement json) => json.ValueKind switch
    {
        JsonValueKind.Number => json.GetDecimal(),
        JsonValueKind.String => json.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Array => json.EnumerateArray().Select(FromJson).ToList(),
        JsonValueKind.Object => Context(json.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, FromJson(p.Value)))),
        _ => null,
    };

    public static OrderedDictionary<string, object?> Context(IEnumerable<KeyValuePair<string, object?>> entries)
    {
        var context = new OrderedDictionary<string, object?>();
        foreach (var (key, value) in entries) context[key] = value;
        return context;
    }

    /// <summary>The FEEL type name, for error messages.</summary>
    public static string TypeName(object? value) => value switch
    {
        null => "null",
        decimal => "number",
        string => "string",
        bool => "boolean",
        DateOnly => "date",
        FeelTime => "time",
        FeelDateTime => "date and time",
        TimeSpan => "days and time duration",
        YearsMonthsDuration => "years and months duration",
        IReadOnlyList<object?> => "list",
        IReadOnlyDictionary<string, object?> => "context",
        FeelRange => "range",
        FeelFunction => "function",
        _ => value.GetType().Name,
    };
}
