using Workflows.Dmn.Feel.Values;

namespace Workflows.Dmn.Feel.Functions;

/// <summary>
/// A FEEL built-in: its parameter names (for named calls), how many are required, and its body. Arguments of the wrong
/// type give null, as FEEL specifies for functions; a wrong number of arguments is an error.
/// </summary>
internal sealed class BuiltInFunction(string name, string[] parameters, int required, Func<IReadOnlyList<object?>, object?> body, bool variadic, string[][] others) : FeelFunction
{
    public override string Name => name;

    public override IReadOnlyList<string> ParameterNames => parameters;

    public override IReadOnlyList<IReadOnlyList<string>> OtherParameterNames => others;

    public override object? Invoke(IReadOnlyList<object?> arguments)
    {
        if (arguments.Count < required || (!variadic && arguments.Count > Math.Max(parameters.Length, others.Select(o => o.Length).DefaultIfEmpty().Max())))
        {
            var expected = variadic ? $"at least {required}" : required == parameters.Length ? $"{required}" : $"{required} to {parameters.Length}";
            throw new FeelException($"Function '{name}' takes {expected} argument(s) ({string.Join(", ", parameters)}), not {arguments.Count}.");
        }
        return body(arguments);
    }
}
