using Workflows.Engine.Interpreting;
using Workflows.Engine.Model;

namespace Workflows.Engine.Behaviors;

/// <summary>A plain or manual task: nothing for the engine to do.</summary>
public sealed class ManualTaskBehavior : FlowNodeBehavior<ManualTaskDefinition>
{
    protected override void Execute(Execution execution, Token token, ManualTaskDefinition node) => execution.Complete(token);
}
