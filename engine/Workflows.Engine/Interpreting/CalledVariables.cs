using System.Text.Json;
using Workflows.Engine.Expressions;

namespace Workflows.Engine.Interpreting;

/// <summary>
/// A called instance's variables as its caller's <c>camunda:out</c> source expressions read them (Camunda 7 evaluates
/// them in the child): read-only, since the child has ended.
/// </summary>
internal sealed class CalledVariables(IReadOnlyDictionary<string, JsonElement> variables) : IVariableAccess
{
    public bool TryGet(string name, out JsonElement value) => variables.TryGetValue(name, out value);

    public void Set(string name, JsonElement value) =>
        throw new ExpressionException($"'{name}' cannot be written here: a camunda:out expression only reads the called instance's variables.");

    public string? BusinessKey => null;
}
