using Workflows.Engine.Interpreting;
using Workflows.Engine.Model;

namespace Workflows.Engine.Behaviors;

/// <summary>A none throw passes through; a message throw emits the message with the node's inputs as payload.</summary>
public sealed class IntermediateThrowEventBehavior : FlowNodeBehavior<IntermediateThrowEventDefinition>
{
    protected override void Execute(Execution execution, Token token, IntermediateThrowEventDefinition node)
    {
        if (node.MessageName is not null)
            execution.Emit(new SendMessage(node.Id, execution.EvaluateText(node.MessageName, node.Id), execution.Inputs(node, allVariablesWhenUnmapped: false)));
        execution.Leave(token);
    }
}
