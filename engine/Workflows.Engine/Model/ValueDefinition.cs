using System.Text.Json;
using Workflows.Engine.Expressions;

namespace Workflows.Engine.Model;

/// <summary>
/// A value written in the diagram: a literal, a <c>${...}</c> expression (typed result), a text with
/// embedded expressions (string result), a list or a map of values.
/// </summary>
public abstract record ValueDefinition
{
    public sealed record Literal(JsonElement Value) : ValueDefinition;
    public sealed record Expression(CompiledScript Script) : ValueDefinition;
    public sealed record List(IReadOnlyList<ValueDefinition> Items) : ValueDefinition;
    public sealed record Map(IReadOnlyList<KeyValuePair<string, ValueDefinition>> Entries) : ValueDefinition;

    public static readonly ValueDefinition Null = new Literal(JsonSerializer.SerializeToElement<object?>(null));
}
