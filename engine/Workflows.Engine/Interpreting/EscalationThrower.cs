using Workflows.Engine.Expressions;
using Workflows.Engine.Model;

namespace Workflows.Engine.Interpreting;

/// <summary>
/// BPMN escalations, as Camunda 7 runs them: searched like errors from the thrower outward through the enclosing
/// subprocesses (on one level a code match beats a catch-all; the innermost matching level wins), but a catch may be
/// non-interrupting, leaving the thrower to go on, and an escalation nobody catches is no failure: the flow goes on as
/// if it had not been thrown.
/// </summary>
internal static class EscalationThrower
{
    public static void Throw(Execution x, Token thrower, string code, string? name)
    {
        var label = name is null ? $"'{code}'" : $"'{code}' ({name})";
        for (var level = ErrorThrower.ParentToken(x, thrower); level is not null; level = ErrorThrower.ParentToken(x, level))
        {
            if (Match(x.Definition.Node(level.NodeId).BoundaryEvents, code) is not { } boundary) continue;
            x.Journal(JournalKind.EscalationThrown, thrower.NodeId, $"Escalation {label} thrown.");
            x.Journal(JournalKind.EscalationCaught, boundary.Id, $"Escalation {label} caught by '{boundary.DisplayName}'.");
            if (boundary.EscalationCodeVariable is { } variable) x.Set(variable, JsonValues.String(code));
            BoundaryEvents.Trigger(x, level, boundary);
            return;
        }
        x.Journal(JournalKind.EscalationThrown, thrower.NodeId, $"Escalation {label} thrown; nothing catches it, so the flow goes on.");
    }

    private static BoundaryEventDefinition? Match(IReadOnlyList<BoundaryEventDefinition> boundaries, string code)
    {
        BoundaryEventDefinition? catchAll = null;
        foreach (var boundary in boundaries)
        {
            if (boundary.Trigger != BoundaryTrigger.Escalation) continue;
            if (boundary.EscalationCode == code) return boundary;
            if (boundary.EscalationCode is null) catchAll ??= boundary;
        }
        return catchAll;
    }
}
