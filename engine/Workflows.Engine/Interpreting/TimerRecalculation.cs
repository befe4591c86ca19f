using Workflows.Engine.Expressions;
using Workflows.Engine.Model;
using Workflows.Engine.Timers;

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
            var text = x.EvaluateText(new CompiledText(definition.Text, definition.Expression), timer.NodeId) ?? "";
            DateTimeOffset due;
            try
            {
                due = TimerSchedule.Plan(definition.Kind, text, x.Now).FirstDueAt;
            }
            catch (FormatException e)
            {
                throw Execution.Fail(StepErrorCodes.Timer, $"The timer of '{timer.NodeId}' is invalid: {e.Message}", timer.NodeId);
            }
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
