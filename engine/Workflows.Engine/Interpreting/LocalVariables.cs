using System.Text.Json;
using Workflows.Engine.Expressions;

namespace Workflows.Engine.Interpreting;

/// <summary>Variables of an activity (its inputs or outputs) seen over the instance's variables; writes go to the instance.</summary>
internal sealed class LocalVariables(IVariableAccess instance, IReadOnlyDictionary<string, JsonElement>? locals) : IVariableAccess
{
    public bool TryGet(string name, out JsonElement value) =>
        (locals is not null && locals.TryGetValue(name, out value)) || instance.TryGet(name, out value);

    public void Set(string name, JsonElement value) => instance.Set(name, value);

    public string? BusinessKey => instance.BusinessKey;
}
