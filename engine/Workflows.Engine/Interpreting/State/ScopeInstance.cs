using System.Text.Json;
using System.Text.Json.Serialization;

namespace Workflows.Engine.Interpreting;

/// <summary>
/// The process, one running embedded subprocess, or one multi-instance body. <see cref="ParentTokenId"/> is the token
/// waiting at the subprocess or multi-instance node; <see cref="SubProcessId"/> that node. <see cref="Variables"/> are
/// the scope's locals (a body's nrOf* counters and output collection), replaced, never changed in place, so a cloned
/// state shares them safely.
/// </summary>
public sealed record ScopeInstance(long Id, long? ParentTokenId, string? SubProcessId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, JsonElement>? Variables = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] MultiInstanceBodyState? Body = null);
