using Workflows.Engine.Interpreting;
using Workflows.Engine.Model;

namespace Workflows.Engine.Behaviors;

public sealed class ReceiveTaskBehavior : FlowNodeBehavior<ReceiveTaskDefinition>
{
    protected override void Execute(Execution execution, Token token, ReceiveTaskDefinition node)
    {
        var waiting = execution.Wait(token);
        Waits.Subscribe(execution, waiting, node.Id, node.MessageName);
    }
}
