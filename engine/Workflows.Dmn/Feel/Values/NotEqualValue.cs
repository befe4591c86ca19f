namespace Workflows.Dmn.Feel.Values;

/// <summary>The value of the unary test "!= x" written as an expression, e.g. (!= 10): matches anything but x.</summary>
public sealed record NotEqualValue(object? Value);
