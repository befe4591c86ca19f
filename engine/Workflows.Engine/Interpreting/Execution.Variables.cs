using System.Text.Json;

namespace Workflows.Engine.Interpreting;

/// <summary>
/// Variables as expressions see them: the locals of the token in context (a multi-instance inner instance's
/// loopCounter and element), then of each enclosing scope and the token holding it (a body's nrOf* counters), then
/// the process's. A write goes to the nearest holder of the name, else to the process (Camunda 7's rule).
/// </summary>
public sealed partial class Execution
{
    /// <summary>The token whose variables expressions see: set when a token enters, completes or leaves.</summary>
    private Token? _context;

    internal void InContextOf(Token token) => _context = token;

    public string? BusinessKey => State.BusinessKey;

    public bool TryGet(string name, out JsonElement value)
    {
        foreach (var locals in LocalsInContext())
            if (locals.TryGetValue(name, out value)) return true;
        return State.Variables.TryGetValue(name, out value);
    }

    public void Set(string name, JsonElement value)
    {
        if (Definition.HasConditionalEvents) Changed(name, created: !TryGet(name, out _));
        var token = ContextToken();
        while (token is not null)
        {
            if (token.Variables?.ContainsKey(name) == true || (token.LoopCounter is not null && ScopeOf(token) is { } body && MultiInstance.Locals(this, token, body).ContainsKey(name)))
            {
                SetLocal(token, name, value);
                return;
            }
            if (ScopeOf(token) is not { } scope) break;
            if (scope.Variables?.ContainsKey(name) == true)
            {
                SetLocal(scope, name, value);
                return;
            }
            token = scope.ParentTokenId is { } parent ? FindToken(parent) : null;
        }
        State.Variables[name] = value;
    }

    public void Merge(IReadOnlyDictionary<string, JsonElement>? variables)
    {
        if (variables is null) return;
        foreach (var (name, value) in variables) Set(name, value);
    }

    /// <summary>Every variable the token in context sees, the nearest holder of a name winning.</summary>
    public Dictionary<string, JsonElement> VisibleVariables() => VariableScopes.VisibleTo(Definition, State, ContextToken());

    public Token SetLocal(Token token, string name, JsonElement value)
    {
        var current = FindToken(token.Id) ?? token;
        var updated = Update(current with { Variables = With(current.Variables, name, value) });
        if (_context?.Id == updated.Id) _context = updated;
        return updated;
    }

    public ScopeInstance SetLocal(ScopeInstance scope, string name, JsonElement value)
    {
        var index = State.Scopes.FindIndex(s => s.Id == scope.Id);
        var updated = State.Scopes[index] with { Variables = With(State.Scopes[index].Variables, name, value) };
        State.Scopes[index] = updated;
        return updated;
    }

    public ScopeInstance? FindScope(long id)
    {
        foreach (var scope in State.Scopes) if (scope.Id == id) return scope;
        return null;
    }

    private ScopeInstance? ScopeOf(Token token) => FindScope(token.ScopeId);

    /// <summary>
    /// Locals exist under a multi-instance body, which is a scope of its own, and on a compensation handler's token (the
    /// undone instance's element): with the process's scope alone and no such token there are none to look for.
    /// </summary>
    private Token? ContextToken()
    {
        if (_context is null) return null;
        if (State.Scopes.Count <= 1 && _context.Variables is null) return null;
        return FindToken(_context.Id) ?? _context;
    }

    private IEnumerable<IReadOnlyDictionary<string, JsonElement>> LocalsInContext() => VariableScopes.LocalsOf(Definition, State, ContextToken());

    private static Dictionary<string, JsonElement> With(IReadOnlyDictionary<string, JsonElement>? locals, string name, JsonElement value) =>
        new(locals ?? new Dictionary<string, JsonElement>()) { [name] = value };
}
