using Workflows.Engine.Expressions;
using Workflows.Engine.Model;

namespace Workflows.Engine.Interpreting;

/// <summary>
/// BPMN escalations, as Camunda 7 runs them: searched like errors from the thrower outward — an escalation event
/// subprocess of the thrower's scope, then the boundaries of that scope's subprocess, then the next scope out (on one
/// level a code match beats a catch-all; the innermost matching level wins) — but a catch may be non-interrupting,
/// leaving the thrower to go on, and an escalation nobody catches is no failure: the flow goes on as if it had not been thrown.
/// </summary>
internal static class EscalationThrower
{
    /// <summary>An escalation a called instance did not catch: the call activity's own boundaries first, then outward as usual.</summary>
    public static void ThrowFromActivity(Execution x, Token activity, string code, string? name)
    {
        if (!MultiInstance.IsInner(x, activity) && Match(x.Definition.Node(activity.NodeId).BoundaryEvents, code) is { } boundary)
        {
            Caught(x, activity, activity, boundary, code, name);
            return;
        }
        Throw(x, activity, code, name);
    }

    public static void Throw(Execution x, Token thrower, string code, string? name)
    {
        var label = name is null ? $"'{code}'" : $"'{code}' ({name})";
        for (var level = thrower; level is not null; )
        {
            if (EventSubprocesses.EscalationStart(x, level.ScopeId, code) is { } start)
            {
                x.Journal(JournalKind.EscalationThrown, thrower.NodeId, $"Escalation {label} thrown.");
                x.Journal(JournalKind.EscalationCaught, start.Id, $"Escalation {label} caught by event subprocess '{start.ScopeId}'.");
                if (start.EscalationCodeVariable is { } startVariable) x.Set(startVariable, JsonValues.String(code));
                EventSubprocesses.Start(x, level.ScopeId, start, null);
                return;
            }
            level = ErrorThrower.ParentToken(x, level);
            // An inner instance of a multi-instance node shares its node with the body, which holds the boundary events.
            if (level is null || MultiInstance.IsInner(x, level) || Match(x.Definition.Node(level.NodeId).BoundaryEvents, code) is not { } boundary) continue;
            Caught(x, thrower, level, boundary, code, name);
            return;
        }
        x.Journal(JournalKind.EscalationThrown, thrower.NodeId, $"Escalation {label} thrown; nothing catches it{(x.State.Caller is null ? "" : " here")}, so the flow goes on.");
        if (x.State.Caller is { } caller) x.Emit(new NotifyCaller(caller, CallerNoticeKind.Escalation, x.State.Variables, code, name));
    }

    private static void Caught(Execution x, Token thrower, Token host, BoundaryEventDefinition boundary, string code, string? name)
    {
        var label = name is null ? $"'{code}'" : $"'{code}' ({name})";
        x.Journal(JournalKind.EscalationThrown, thrower.NodeId, $"Escalation {label} thrown.");
        x.Journal(JournalKind.EscalationCaught, boundary.Id, $"Escalation {label} caught by '{boundary.DisplayName}'.");
        if (boundary.EscalationCodeVariable is { } variable) x.Set(variable, JsonValues.String(code));
        BoundaryEvents.Trigger(x, host, boundary);
    }

    private static BoundaryEventDefinition? Match(IReadOnlyList<BoundaryEventDefinition> boundaries, string code) =>
        BoundaryEvents.Catching(boundaries, BoundaryTrigger.Escalation, b => b.EscalationCode, code);
}
