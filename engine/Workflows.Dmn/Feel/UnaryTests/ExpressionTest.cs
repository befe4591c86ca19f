using Workflows.Dmn.Feel.Values;
using Workflows.Dmn.Feel.Ast;

namespace Workflows.Dmn.Feel.UnaryTests;

/// <summary>
/// A plain expression as a test. When it mentions '?' it must be true; otherwise the input must equal its value, be in
/// it (a list or a range), or, for a non-boolean input, the expression itself must be true.
/// </summary>
internal sealed class ExpressionTest(FeelNode expression, bool usesInput) : UnaryTest
{
    public override bool? Test(FeelScope scope)
    {
        var value = expression.Evaluate(scope);
        if (usesInput) return value as bool?;
        return Matches(scope.Input, value);
    }

    private static bool? Matches(object? input, object? value)
    {
        switch (value)
        {
            case FeelRange range: return range.Includes(input);
            case NotEqualValue notEqual: return !FeelComparer.AreEqual(input, notEqual.Value);
            case IReadOnlyList<object?> list:
                bool? found = false;
                foreach (var item in list)
                {
                    var m = item is IReadOnlyList<object?> ? FeelComparer.AreEqual(input, item) : Matches(input, item);
                    if (m is true) return true;
                    if (m is null) found = null;
                }
                return found;
            case bool b when input is not bool and not null: return b;
            default: return FeelComparer.AreEqual(input, value);
        }
    }
}
