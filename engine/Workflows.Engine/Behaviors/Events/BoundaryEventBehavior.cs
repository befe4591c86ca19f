using Workflows.Engine.Interpreting;
using Workflows.Engine.Model;

namespace Workflows.Engine.Behaviors;

/// <summary>
/// Boundary events are armed by their host and triggered by timers, messages and errors; a token that
/// reaches one (on retry) simply leaves by its flows.
/// </summary>
public sealed class BoundaryEventBehavior : FlowNodeBehavior<BoundaryEventDefinition>
{
    protected override void Execute(Execution execution, Token token, BoundaryEventDefinition node) => execution.Leave(token);
}
