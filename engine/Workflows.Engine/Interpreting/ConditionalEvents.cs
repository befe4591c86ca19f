using Workflows.Engine.Model;

namespace Workflows.Engine.Interpreting;

/// <summary>
/// Conditional events, as Camunda 7 triggers them: a condition is looked at when its wait begins (a token arrives at a
/// conditional catch, or a host with conditional boundaries starts to wait) and again whenever a step changes variables
/// (filtered by <c>camunda:variableName</c> and <c>camunda:variableEvents</c>). A catch that holds goes on; a boundary
/// that holds fires, interrupting its host or beside it. Checked at every quiescence, like the inclusive join.
/// </summary>
internal static class ConditionalEvents
{
    public static bool FireReady(Execution x)
    {
        if (!x.Definition.HasConditionalEvents) return false;
        var (changes, fresh) = x.TakeConditionTriggers();
        if (changes.Count == 0 && fresh.Count == 0) return false;
        var fired = false;
        foreach (var waiting in x.State.Tokens.Where(t => t.Status is TokenStatus.Waiting or TokenStatus.Listening).ToList())
        {
            // An earlier trigger of this pass may have cancelled it (an interrupting boundary on its subprocess).
            if (x.FindToken(waiting.Id) is not { Status: TokenStatus.Waiting or TokenStatus.Listening } token) continue;
            var node = x.Definition.Node(token.NodeId);
            var arrived = fresh.Contains(token.Id);
            if (token.Status == TokenStatus.Listening)
            {
                if (node is StartEventDefinition { Conditional: { } start } listening && Holds(x, start, node.Id, arrived, changes))
                {
                    EventSubprocesses.Start(x, token.ScopeId, listening, null);
                    fired = true;
                }
                continue;
            }
            if (node is IntermediateCatchEventDefinition { Conditional: { } wait } && Holds(x, wait, node.Id, arrived, changes))
            {
                x.Journal(JournalKind.EventTriggered, node.Id, $"The condition of '{node.DisplayName}' holds.");
                x.Complete(token);
                fired = true;
                continue;
            }
            // An inner instance of a multi-instance node has no boundary events of its own: they are its body's.
            if (token.LoopCounter is not null && MultiInstance.IsInner(x, token)) continue;
            foreach (var boundary in node.BoundaryEvents)
            {
                if (boundary.Conditional is not { } condition || !Holds(x, condition, boundary.Id, arrived, changes)) continue;
                BoundaryEvents.Trigger(x, token, boundary);
                fired = true;
                if (boundary.CancelActivity) break;
            }
        }
        return fired;
    }

    private static bool Holds(Execution x, ConditionalDefinition conditional, string elementId, bool arrived, List<(string Name, bool Created)> changes) =>
        (arrived || changes.Any(c => Concerns(conditional, c))) && x.Condition(conditional.Condition, elementId);

    private static bool Concerns(ConditionalDefinition conditional, (string Name, bool Created) change) =>
        (conditional.VariableName is null || conditional.VariableName == change.Name)
        && (conditional.VariableEvents.Count == 0 || conditional.VariableEvents.Contains(change.Created ? "create" : "update", StringComparer.OrdinalIgnoreCase));
}
