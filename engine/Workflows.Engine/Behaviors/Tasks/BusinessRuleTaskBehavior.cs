using Workflows.Engine.Interpreting;
using Workflows.Engine.Model;

namespace Workflows.Engine.Behaviors;

/// <summary>
/// Asks the host to evaluate the DMN decision the task names and waits for CompleteDecision or FailActivity; the
/// interpreter never reads the decision repository itself.
/// </summary>
public sealed class BusinessRuleTaskBehavior : FlowNodeBehavior<BusinessRuleTaskDefinition>
{
    protected override void Execute(Execution execution, Token token, BusinessRuleTaskDefinition node) =>
        Decisions.Request(execution, execution.Wait(token), node);
}
