namespace Workflows.Dmn.Feel.Values;

/// <summary>A FEEL function value: a built-in, a business knowledge model or a lambda. Parameter names allow named calls.</summary>
public abstract class FeelFunction
{
    public abstract string Name { get; }

    /// <summary>Parameter names for named invocation; null when the function takes positional arguments only.</summary>
    public virtual IReadOnlyList<string>? ParameterNames => null;

    /// <summary>Other parameter lists a named call may use, e.g. date(year, month, day) beside date(from).</summary>
    public virtual IReadOnlyList<IReadOnlyList<string>> OtherParameterNames => [];

    public abstract object? Invoke(IReadOnlyList<object?> arguments);
}
