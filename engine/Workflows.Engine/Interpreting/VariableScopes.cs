using System.Text.Json;
using Workflows.Engine.Model;

namespace Workflows.Engine.Interpreting;

/// <summary>
/// Where a token's variables come from, nearest first: its own locals (what was written over a multi-instance inner
/// instance's), its loopCounter and element, then each enclosing scope's locals (a body's nrOf* counters) and the
/// token holding that scope, up to the process. The interpreter reads through it; so does the server when it shows an
/// inner instance's task form the element it is about.
/// </summary>
public static class VariableScopes
{
    public static IEnumerable<IReadOnlyDictionary<string, JsonElement>> LocalsOf(ProcessDefinition definition, InstanceState state, Token? token)
    {
        while (token is not null)
        {
            if (token.Variables is { } written) yield return written;
            var scopeId = token.ScopeId;
            if (state.Scopes.Find(s => s.Id == scopeId) is not { } scope) yield break;
            if (token.LoopCounter is { } loopCounter) yield return InnerLocals(definition, token, loopCounter, scope);
            if (scope.Variables is { } scopeLocals) yield return scopeLocals;
            token = scope.ParentTokenId is { } parent ? state.Tokens.Find(t => t.Id == parent) : null;
        }
    }

    /// <summary>Every variable the token sees, the nearest holder of a name winning.</summary>
    public static Dictionary<string, JsonElement> VisibleTo(ProcessDefinition definition, InstanceState state, Token? token)
    {
        var visible = new Dictionary<string, JsonElement>(state.Variables);
        foreach (var locals in LocalsOf(definition, state, token).Reverse())
            foreach (var (name, value) in locals) visible[name] = value;
        return visible;
    }

    /// <summary>What the user task's token sees; the process's variables when the task is not open.</summary>
    public static Dictionary<string, JsonElement> OfUserTask(ProcessDefinition definition, InstanceState state, long taskId)
    {
        var task = state.UserTasks.Find(t => t.Id == taskId);
        return VisibleTo(definition, state, task is null ? null : state.Tokens.Find(t => t.Id == task.TokenId));
    }

    /// <summary>An inner instance's loopCounter and its element of the body's collection, read once at the body's entry.</summary>
    internal static Dictionary<string, JsonElement> InnerLocals(ProcessDefinition definition, Token inner, int loopCounter, ScopeInstance body)
    {
        var locals = new Dictionary<string, JsonElement>(2) { [MultiInstance.LoopCounter] = Expressions.JsonValues.Number(loopCounter) };
        if (definition.Node(inner.NodeId).MultiInstance?.ElementVariable is { } name)
            locals[name] = body.Body?.Items is { } items && loopCounter < items.GetArrayLength() ? items[loopCounter] : Expressions.JsonValues.Null;
        return locals;
    }
}
