namespace Workflows.Engine.Interpreting;

/// <summary>Cancelling innermost first: nested scopes, then the token's own tasks, jobs, timers and subscriptions.</summary>
internal static class Cancellation
{
    public static void CancelToken(Execution x, Token token)
    {
        foreach (var scope in x.State.Scopes.Where(s => s.ParentTokenId == token.Id).ToList()) CancelScope(x, scope);
        Waits.Withdraw(x, token);
        x.Remove(token);
        x.Journal(JournalKind.TokenCancelled, token.NodeId, $"Cancelled the token at '{token.NodeId}'.");
    }

    public static void CancelScope(Execution x, ScopeInstance scope)
    {
        CancelTokensOf(x, scope.Id, except: null);
        x.State.Scopes.Remove(scope);
    }

    public static void CancelTokensOf(Execution x, long scopeId, long? except)
    {
        foreach (var token in x.State.Tokens.Where(t => t.ScopeId == scopeId && t.Id != except).ToList())
            if (x.FindToken(token.Id) is not null) CancelToken(x, token);
    }
}
