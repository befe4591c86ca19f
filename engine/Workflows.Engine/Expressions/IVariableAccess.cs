using System.Text.Json;

namespace Workflows.Engine.Expressions;

/// <summary>What an expression or script may read and write of an instance.</summary>
public interface IVariableAccess
{
    bool TryGet(string name, out JsonElement value);
    void Set(string name, JsonElement value);
    string? BusinessKey { get; }
}
