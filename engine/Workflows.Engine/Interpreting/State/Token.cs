using System.Text.Json;
using System.Text.Json.Serialization;

namespace Workflows.Engine.Interpreting;

/// <summary>
/// A control-flow marker on a node, owned by one scope instance. Ids are never reused. <see cref="LoopCounter"/> marks a
/// multi-instance inner instance: its loopCounter and element variable are read from it and its body's collection, not
/// stored per token, since a thousand small JSON values cost more to load than the rest of the state. <see cref="Variables"/>
/// holds what was written over those locals.
/// </summary>
public sealed record Token(long Id, long ScopeId, string NodeId, TokenStatus Status, DateTimeOffset Since, string? ArrivedVia = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, JsonElement>? Variables = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? LoopCounter = null);
