using Workflows.Engine.Interpreting;
using Workflows.Engine.Model;

namespace Workflows.Engine.Behaviors;

/// <summary>Waits for its timer, message or signal (the name expression is resolved now), then leaves; a link catch does not wait.</summary>
public sealed class IntermediateCatchEventBehavior : FlowNodeBehavior<IntermediateCatchEventDefinition>
{
    protected override void Execute(Execution execution, Token token, IntermediateCatchEventDefinition node)
    {
        if (node.LinkName is not null)
        {
            execution.Leave(token);
            return;
        }
        // A conditional catch only waits: its condition is looked at once the step is quiet (ConditionalEvents).
        var waiting = execution.Wait(token);
        if (node.Conditional is not null) return;
        if (node.Timer is not null) Waits.StartTimer(execution, waiting, node.Id, node.Timer);
        else if (node.SignalName is not null) Waits.Subscribe(execution, waiting, node.Id, node.SignalName, signal: true);
        else Waits.Subscribe(execution, waiting, node.Id, node.MessageName!);
    }
}
