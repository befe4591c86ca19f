namespace Workflows.Dmn.Feel;

/// <summary>
/// The names an expression sees: a chain of frames (the decision's inputs, a context's earlier entries, a function's
/// parameters). The input value '?' of a unary test lives in the innermost frame that has one.
/// </summary>
public sealed class FeelScope
{
    private static readonly IReadOnlyDictionary<string, object?> NoValues = new Dictionary<string, object?>();
    private readonly FeelScope? _parent;
    private readonly IReadOnlyDictionary<string, object?> _values;

    public FeelScope(IReadOnlyDictionary<string, object?>? values = null, FeelScope? parent = null)
    {
        _values = values ?? NoValues;
        _parent = parent;
        if (parent is not null) { Input = parent.Input; HasInput = parent.HasInput; }
    }

    /// <summary>The value a unary test compares ('?'); set by the decision table for each input column.</summary>
    public object? Input { get; private set; }

    public bool HasInput { get; private set; }

    public FeelScope WithInput(object? input) => new(null, this) { Input = input, HasInput = true };

    /// <summary>Reuses this frame for the next input column, so a table evaluation allocates one frame per column set.</summary>
    internal void SetInput(object? input) { Input = input; HasInput = true; }

    public bool TryLookup(string name, out object? value)
    {
        for (var scope = this; scope is not null; scope = scope._parent)
            if (scope._values.TryGetValue(name, out value)) return true;
        value = null;
        return false;
    }
}
