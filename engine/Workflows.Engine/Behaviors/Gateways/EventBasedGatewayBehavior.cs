using Workflows.Engine.Interpreting;
using Workflows.Engine.Model;

namespace Workflows.Engine.Behaviors;

/// <summary>
/// The token waits at the gateway with one timer or subscription per following event; the first to
/// trigger wins and the others are withdrawn in the same step.
/// </summary>
public sealed class EventBasedGatewayBehavior : FlowNodeBehavior<EventBasedGatewayDefinition>
{
    protected override void Execute(Execution execution, Token token, EventBasedGatewayDefinition node)
    {
        var waiting = execution.Update(token with { Status = TokenStatus.Waiting, Since = execution.Now });
        foreach (var flow in node.Outgoing)
        {
            switch (execution.Definition.Node(flow.TargetId))
            {
                case IntermediateCatchEventDefinition { Timer: { } timer } target:
                    Waits.StartTimer(execution, waiting, target.Id, timer);
                    break;
                case IntermediateCatchEventDefinition { MessageName: { } message } target:
                    Waits.Subscribe(execution, waiting, target.Id, message);
                    break;
                case IntermediateCatchEventDefinition { SignalName: { } signal } target:
                    Waits.Subscribe(execution, waiting, target.Id, signal, signal: true);
                    break;
                case ReceiveTaskDefinition receive:
                    Waits.Subscribe(execution, waiting, receive.Id, receive.MessageName);
                    break;
            }
        }
    }
}
