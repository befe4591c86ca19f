using System.Text.Json;
using System.Text.Json.Serialization;

namespace Workflows.Engine.Interpreting;

/// <summary>
/// A control-flow marker on a node, owned by one scope instance. Ids are never reused. <see cref="Variables"/> are
/// the token's locals: only a multi-instance inner instance has them (loopCounter and its element variable).
/// </summary>
public sealed record Token(long Id, long ScopeId, string NodeId, TokenStatus Status, DateTimeOffset Since, string? ArrivedVia = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, JsonElement>? Variables = null);
