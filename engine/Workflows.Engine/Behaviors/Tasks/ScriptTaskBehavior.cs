using Workflows.Engine.Interpreting;
using Workflows.Engine.Model;

namespace Workflows.Engine.Behaviors;

/// <summary>Runs its JavaScript inside the step; the result goes to <c>camunda:resultVariable</c>. A throw fails the step.</summary>
public sealed class ScriptTaskBehavior : FlowNodeBehavior<ScriptTaskDefinition>
{
    protected override void Execute(Execution execution, Token token, ScriptTaskDefinition node)
    {
        var variables = new LocalVariables(execution, execution.Inputs(node, allVariablesWhenUnmapped: false));
        var result = execution.Evaluate(node.Script, variables, node.Id);
        if (node.ResultVariable is { } name) execution.Set(name, result);
        execution.Complete(token);
    }
}
