using Workflows.Dmn.Feel.Values;

namespace Workflows.Dmn.Feel.Functions;

/// <summary>The table of FEEL built-in functions, filled by one class per family (strings, numbers, lists, temporals, contexts).</summary>
public static class BuiltInFunctions
{
    private static readonly Dictionary<string, FeelFunction> Table = Build();

    public static IEnumerable<string> Names => Table.Keys;

    public static bool TryGet(string name, out FeelFunction function) => Table.TryGetValue(name, out function!);

    private static Dictionary<string, FeelFunction> Build()
    {
        var table = new Dictionary<string, FeelFunction>(StringComparer.Ordinal);
        void Add(string name, string[] parameters, int required, Func<IReadOnlyList<object?>, object?> body, bool variadic = false, string[][]? others = null) =>
            table[name] = new BuiltInFunction(name, parameters, required, body, variadic, others ?? []);
        StringFunctions.Register(Add);
        NumberFunctions.Register(Add);
        ListFunctions.Register(Add);
        TemporalFunctions.Register(Add);
        ContextFunctions.Register(Add);
        Add("not", ["negand"], 1, a => a[0] is bool b ? !b : null);
        return table;
    }
}

internal delegate void FunctionRegistrar(string name, string[] parameters, int required, Func<IReadOnlyList<object?>, object?> body, bool variadic = false, string[][]? others = null);
