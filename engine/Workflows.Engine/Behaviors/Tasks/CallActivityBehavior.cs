using Workflows.Engine.Interpreting;
using Workflows.Engine.Model;

namespace Workflows.Engine.Behaviors;

/// <summary>A call activity waits while the host runs its child instance; <see cref="Calls"/> handles both ends.</summary>
public sealed class CallActivityBehavior : FlowNodeBehavior<CallActivityDefinition>
{
    protected override void Execute(Execution execution, Token token, CallActivityDefinition node) =>
        Calls.Start(execution, execution.Wait(token), node);
}
