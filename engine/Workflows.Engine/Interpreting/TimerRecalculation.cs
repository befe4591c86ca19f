using Workflows.Engine.Model;

namespace Workflows.Engine.Interpreting;

/// <summary>
/// Moves waiting date timers whose time is an expression to what the expression says now. A moved timer gets a
/// new id: the old one is cancelled, so a job already scheduled for it finds nothing to fire. Literal timers and
/// durations stay: re-reading them would only restart a clock the designer meant to run from the node's entry.
/// </summary>
internal static class TimerRecalculation
{
    public static void Run(Execution x)
    {
        foreach (var timer in x.State.Timers.ToList())
        {
            if (DefinitionOf(x.Definition.Node(timer.NodeId)) is not { Kind: TimerKind.Date, Expression: not null } definition) continue;
            var due = Waits.Plan(x, timer.NodeId, definition).Schedule.FirstDueAt;
            if (due == timer.DueAt) continue;
            x.State.Timers.Remove(timer);
            x.Emit(new CancelTimer(timer.Id, timer.NodeId));
            Waits.AddTimer(x, timer.TokenId, timer.NodeId, due, timer.Remaining, timer.Cycle);
            x.Journal(JournalKind.VariablesChanged, timer.NodeId, $"Timer '{x.Definition.Node(timer.NodeId).DisplayName}' moved from {timer.DueAt:O} to {due:O}.");
        }
    }

    private static TimerDefinition? DefinitionOf(FlowNodeDefinition node) => node switch
    {
        BoundaryEventDefinition boundary => boundary.Timer,
        IntermediateCatchEventDefinition catcher => catcher.Timer,
        _ => null,
    };
}
