using Workflows.Engine.Interpreting;
using Workflows.Engine.Model;

namespace Workflows.Engine.Behaviors;

/// <summary>A start event leaves at once (a message start's payload was merged when the instance started).</summary>
public sealed class StartEventBehavior : FlowNodeBehavior<StartEventDefinition>
{
    protected override void Execute(Execution execution, Token token, StartEventDefinition node) => execution.Leave(token);
}
