namespace Workflows.Engine.Interpreting;

/// <summary>A scope whose only tokens sit in join buffers can never complete: report it as an incident.</summary>
internal static class Deadlocks
{
    public static void Report(Execution x)
    {
        if (!x.State.Tokens.Exists(t => t.Status == TokenStatus.Joining)) return;
        foreach (var scope in x.State.Scopes)
        {
            var tokens = x.State.Tokens.Where(t => t.ScopeId == scope.Id && t.Status != TokenStatus.Listening).ToList();
            if (tokens.Count == 0 || tokens.Any(t => t.Status != TokenStatus.Joining)) continue;
            var first = tokens[0];
            if (x.State.Incidents.Any(i => i.Kind == IncidentKind.Deadlock && tokens.Any(t => t.Id == i.TokenId))) continue;
            Incidents.Raise(x, first, IncidentKind.Deadlock,
                $"Gateway '{first.NodeId}' waits for tokens that can never arrive; the {(scope.SubProcessId is null ? "process" : $"subprocess '{scope.SubProcessId}'")} cannot complete.");
        }
    }
}
