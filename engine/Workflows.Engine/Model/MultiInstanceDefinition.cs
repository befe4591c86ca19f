using Workflows.Engine.Expressions;

namespace Workflows.Engine.Model;

/// <summary>
/// An activity's <c>multiInstanceLoopCharacteristics</c>: how many inner instances run (a cardinality or a
/// collection, read once at entry), one at a time or all at once, when to stop early, and what to collect.
/// Camunda 7 attributes (<c>camunda:collection</c>, <c>camunda:elementVariable</c>) and Camunda 8's
/// <c>zeebe:loopCharacteristics</c> (with its output collection) read into the same shape.
/// </summary>
public sealed record MultiInstanceDefinition
{
    public bool IsSequential { get; init; }

    /// <summary>A literal cardinality, checked when the diagram is read.</summary>
    public int? Cardinality { get; init; }

    /// <summary>A cardinality written as an expression, read at entry.</summary>
    public CompiledScript? CardinalityExpression { get; init; }

    /// <summary>The collection as a variable name (<c>camunda:collection="items"</c>).</summary>
    public string? CollectionVariable { get; init; }

    /// <summary>The collection as an expression (<c>${order.items}</c>, or Camunda 8's <c>= items</c>).</summary>
    public CompiledScript? CollectionExpression { get; init; }

    /// <summary>The inner instance's local variable holding its item of the collection.</summary>
    public string? ElementVariable { get; init; }

    /// <summary>Evaluated after each inner instance completes, in that instance's scope; true ends the body.</summary>
    public CompiledScript? CompletionCondition { get; init; }

    /// <summary>Camunda 8's output collection: a list of the inner instances' <see cref="OutputElement"/>s, by loopCounter.</summary>
    public string? OutputCollection { get; init; }

    public CompiledScript? OutputElement { get; init; }

    /// <summary>
    /// Camunda 7: <c>camunda:asyncBefore</c>/<c>asyncAfter</c> on the loop characteristics apply to each inner instance;
    /// on the activity they apply to the body (before any instance is created, after all have ended).
    /// </summary>
    public bool InnerAsyncBefore { get; init; }
    public bool InnerAsyncAfter { get; init; }

    public bool HasCollection => CollectionVariable is not null || CollectionExpression is not null;
}
