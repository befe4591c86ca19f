using Workflows.Engine.Expressions;
using Workflows.Engine.Model;

namespace Workflows.Engine.Interpreting;

/// <summary>
/// BPMN errors: searched from the thrower's own boundaries outward through enclosing subprocesses. On
/// one level a code match beats a catch-all; the innermost matching level wins. Uncaught: an incident
/// at the thrower, as Camunda 8 does, so nothing ends silently; in a called instance the caller is told as well, and its
/// call activity's boundaries may catch it (the search goes on across call activities, as in Camunda 7).
/// </summary>
internal static class ErrorThrower
{
    /// <param name="fromChild">
    /// The error comes from the instance <paramref name="thrower"/> (a call activity) called: uncaught here, it stays the
    /// child's incident and nothing changes here (false) unless a caller further up is told.
    /// </param>
    public static bool Throw(Execution x, Token thrower, string code, string? message, bool fromChild = false)
    {
        x.Journal(JournalKind.ErrorThrown, thrower.NodeId, $"Error '{code}' {(fromChild ? "from the called instance" : "thrown")}{(message is null ? "" : $": {message}")}.");
        Token? level = thrower;
        while (level is not null)
        {
            var node = x.Definition.Node(level.NodeId);
            // An inner instance shares its node with the body, which holds the boundary events: the next level up.
            if (!MultiInstance.IsInner(x, level) && Match(node.BoundaryEvents, code) is { } boundary)
            {
                Catch(x, level, boundary, code, message);
                return true;
            }
            // Then an error event subprocess of the scope the level runs in, before the boundaries of that scope's activity.
            if (EventSubprocesses.ErrorStart(x, level.ScopeId, code) is { } start)
            {
                x.Journal(JournalKind.ErrorCaught, start.Id, $"Error '{code}' caught by event subprocess '{start.ScopeId}'.");
                if (start.ErrorCodeVariable is { } codeVariable) x.Set(codeVariable, JsonValues.String(code));
                if (start.ErrorMessageVariable is { } messageVariable) x.Set(messageVariable, JsonValues.String(message));
                EventSubprocesses.Start(x, level.ScopeId, start, null);
                return true;
            }
            level = ParentToken(x, level);
        }
        if (x.State.Caller is { } caller) x.Emit(new NotifyCaller(caller, CallerNoticeKind.Error, x.State.Variables, code, message));
        if (fromChild) return x.State.Caller is not null;
        Incidents.Raise(x, thrower, IncidentKind.UnhandledError, $"Error '{code}' thrown at '{thrower.NodeId}' was not caught{(message is null ? "" : $": {message}")}.");
        return true;
    }

    private static BoundaryEventDefinition? Match(IReadOnlyList<BoundaryEventDefinition> boundaries, string code) =>
        BoundaryEvents.Catching(boundaries, BoundaryTrigger.Error, b => b.ErrorCode, code);

    /// <summary>The token of the subprocess <paramref name="token"/> runs in; null at process level.</summary>
    internal static Token? ParentToken(Execution x, Token token)
    {
        var scope = x.State.Scopes.Find(s => s.Id == token.ScopeId);
        return scope?.ParentTokenId is { } parent ? x.FindToken(parent) : null;
    }

    private static void Catch(Execution x, Token host, BoundaryEventDefinition boundary, string code, string? message)
    {
        x.Journal(JournalKind.ErrorCaught, boundary.Id, $"Error '{code}' caught by '{boundary.DisplayName}'.");
        x.InContextOf(host); // the error variables belong to the catching level, not to the thrower's locals
        if (boundary.ErrorCodeVariable is { } codeVariable) x.Set(codeVariable, JsonValues.String(code));
        if (boundary.ErrorMessageVariable is { } messageVariable) x.Set(messageVariable, JsonValues.String(message));
        BoundaryEvents.Trigger(x, host, boundary);
    }
}
