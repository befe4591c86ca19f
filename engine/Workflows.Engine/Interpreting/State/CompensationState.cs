using System.Text.Json;

namespace Workflows.Engine.Interpreting;

/// <summary>
/// A completed activity that can be undone: its scope instance, its node, its handler, and the locals its handler sees (a
/// multi-instance inner instance's loopCounter and element). Kept in completion order; a throw consumes them.
/// </summary>
public sealed record CompensationState(long Id, long ScopeId, string NodeId, string HandlerId,
    IReadOnlyDictionary<string, JsonElement>? Variables = null);
