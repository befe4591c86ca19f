using Workflows.Engine.Interpreting;
using Workflows.Engine.Model;

namespace Workflows.Engine.Behaviors;

/// <summary>
/// Conditions in document order; the first true flow wins (an unconditional non-default flow counts as
/// true), else the default flow, else the step fails naming the gateway. Merging passes through.
/// </summary>
public sealed class ExclusiveGatewayBehavior : FlowNodeBehavior<ExclusiveGatewayDefinition>
{
    protected override void Execute(Execution execution, Token token, ExclusiveGatewayDefinition node)
    {
        if (node.Outgoing.Count == 0)
        {
            execution.Consume(token);
            return;
        }
        SequenceFlowDefinition? chosen = null;
        foreach (var flow in node.Outgoing)
        {
            if (flow.Id == node.DefaultFlowId) continue;
            if (flow.Condition is null || execution.Condition(flow))
            {
                chosen = flow;
                break;
            }
        }
        chosen ??= node.Outgoing.FirstOrDefault(f => f.Id == node.DefaultFlowId)
            ?? throw Execution.Fail(StepErrorCodes.NoFlowSelected,
                $"Exclusive gateway '{node.DisplayName}' found no true condition and has no default flow.", node.Id);
        execution.TakeFlows(token, [chosen]);
    }
}
