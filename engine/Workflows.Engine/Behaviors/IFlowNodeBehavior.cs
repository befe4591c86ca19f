using Workflows.Engine.Interpreting;
using Workflows.Engine.Model;

namespace Workflows.Engine.Behaviors;

/// <summary>The semantics of one BPMN element: what happens when a token enters it.</summary>
public interface IFlowNodeBehavior
{
    void Execute(Execution execution, Token token, FlowNodeDefinition node);
}
