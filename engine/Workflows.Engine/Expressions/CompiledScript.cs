using Acornima.Ast;
using Jint;

namespace Workflows.Engine.Expressions;

/// <summary>
/// JavaScript parsed once per definition. The source is wrapped in a function whose parameters are
/// the free identifiers of the source, so an evaluation binds only the variables it reads and a pooled
/// engine keeps nothing of one instance for the next.
/// </summary>
public sealed class CompiledScript
{
    internal CompiledScript(string source, Prepared<Script> function, string[] parameters, bool usesExecution)
    {
        Source = source;
        Function = function;
        Parameters = parameters;
        UsesExecution = usesExecution;
    }

    /// <summary>The text as written in the diagram.</summary>
    public string Source { get; }

    internal Prepared<Script> Function { get; }

    /// <summary>Variable names bound as the function's parameters, in order.</summary>
    public IReadOnlyList<string> Parameters { get; }

    /// <summary>Whether the source uses Camunda's <c>execution</c> object (getVariable/setVariable).</summary>
    public bool UsesExecution { get; }

    public override string ToString() => Source;
}
