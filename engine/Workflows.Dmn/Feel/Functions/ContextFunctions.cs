using Workflows.Dmn.Feel.Values;

namespace Workflows.Dmn.Feel.Functions;

/// <summary>FEEL context functions.</summary>
internal static class ContextFunctions
{
    public static void Register(FunctionRegistrar add)
    {
        add("get value", ["m", "key"], 2, a => a is [IReadOnlyDictionary<string, object?> m, string k] && m.TryGetValue(k, out var v) ? v : null);
        add("get entries", ["m"], 1, a => a[0] is IReadOnlyDictionary<string, object?> m
            ? m.Select(e => (object?)FeelValue.Context([new("key", e.Key), new("value", e.Value)])).ToList() : null);
        add("context put", ["context", "key", "value"], 3, a => a is [IReadOnlyDictionary<string, object?> m, string k, var v]
            ? FeelValue.Context(m.Where(e => e.Key != k).Append(new(k, v))) : null);
        add("context merge", ["contexts"], 1, a => a[0] is IReadOnlyList<object?> l && l.All(i => i is IReadOnlyDictionary<string, object?>)
            ? FeelValue.Context(l.SelectMany(i => (IReadOnlyDictionary<string, object?>)i!)) : null);
    }
}
