using Workflows.Engine.Interpreting;
using Workflows.Engine.Model;

namespace Workflows.Engine.Behaviors;

/// <summary>
/// An embedded subprocess: the token waits at the subprocess node while a new scope runs from its start
/// event. <see cref="ScopeCompletion"/> moves the token on when the scope is empty.
/// </summary>
public sealed class SubProcessBehavior : FlowNodeBehavior<SubProcessDefinition>
{
    protected override void Execute(Execution execution, Token token, SubProcessDefinition node)
    {
        var waiting = execution.Wait(token);
        var scope = new ScopeInstance(execution.NewId(), waiting.Id, node.Id);
        execution.State.Scopes.Add(scope);
        EventSubprocesses.Arm(execution, scope, node.Id);
        execution.Spawn(scope.Id, node.StartEventId, null);
    }
}
