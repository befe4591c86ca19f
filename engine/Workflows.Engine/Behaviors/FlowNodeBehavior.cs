using Workflows.Engine.Interpreting;
using Workflows.Engine.Model;

namespace Workflows.Engine.Behaviors;

/// <summary>Typed base: a behavior receives the definition type it is registered for.</summary>
public abstract class FlowNodeBehavior<TNode> : IFlowNodeBehavior where TNode : FlowNodeDefinition
{
    public void Execute(Execution execution, Token token, FlowNodeDefinition node) => Execute(execution, token, (TNode)node);

    protected abstract void Execute(Execution execution, Token token, TNode node);
}
