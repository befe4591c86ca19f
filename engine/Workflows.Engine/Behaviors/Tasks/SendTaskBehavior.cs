using Workflows.Engine.Interpreting;
using Workflows.Engine.Model;

namespace Workflows.Engine.Behaviors;

/// <summary>A send task without an activity emits its message (payload: its inputs) and leaves.</summary>
public sealed class SendTaskBehavior : FlowNodeBehavior<SendTaskDefinition>
{
    protected override void Execute(Execution execution, Token token, SendTaskDefinition node)
    {
        execution.Emit(new SendMessage(node.Id, execution.EvaluateText(node.MessageName, node.Id), execution.Inputs(node, allVariablesWhenUnmapped: false)));
        execution.Complete(token);
    }
}
