namespace Workflows.Engine.Interpreting;

/// <summary>A scope with no tokens left completes: a subprocess leaves by its flows, the process ends.</summary>
internal static class ScopeCompletion
{
    public static bool CompleteEmptyScopes(Execution x)
    {
        foreach (var scope in x.State.Scopes)
        {
            if (HasTokens(x.State.Tokens, scope.Id)) continue;
            // Only event subprocesses listen in it: they end with it.
            foreach (var listener in x.State.Tokens.Where(t => t.ScopeId == scope.Id).ToList()) Cancellation.CancelToken(x, listener);
            if (scope.Body is not null)
            {
                MultiInstance.Leave(x, scope);
                return true;
            }
            x.State.Scopes.Remove(scope);
            if (scope.ParentTokenId is { } parentId)
            {
                var parent = x.FindToken(parentId)!;
                x.Journal(JournalKind.NodeLeft, parent.NodeId, $"Subprocess '{parent.NodeId}' completed.");
                x.Complete(parent);
            }
            else
            {
                x.State.Status = InstanceStatus.Completed;
                x.Emit(new InstanceCompleted(x.TerminatedBy));
                if (x.State.Caller is { } caller) x.Emit(new NotifyCaller(caller, CallerNoticeKind.Completed, x.State.Variables));
                x.Journal(JournalKind.InstanceCompleted, x.TerminatedBy, x.TerminatedBy is null
                    ? "The instance completed."
                    : $"The instance completed: terminate end event '{x.TerminatedBy}'.");
            }
            return true;
        }
        return false;
    }

    private static bool HasTokens(List<Token> tokens, long scopeId)
    {
        foreach (var token in tokens)
            if (token.ScopeId == scopeId && token.Status != TokenStatus.Listening) return true;
        return false;
    }
}
