using Workflows.Engine.Interpreting;
using Workflows.Engine.Model;

namespace Workflows.Engine.Behaviors;

/// <summary>
/// Fork: every true or unconditional flow, the default only when none is. Join: buffered, and fired by
/// <see cref="InclusiveJoin"/> once no other token can still reach an empty incoming flow.
/// </summary>
public sealed class InclusiveGatewayBehavior : FlowNodeBehavior<InclusiveGatewayDefinition>
{
    protected override void Execute(Execution execution, Token token, InclusiveGatewayDefinition node)
    {
        if (node.Incoming.Count <= 1)
        {
            execution.Leave(token);
            return;
        }
        execution.Update(token with { Status = TokenStatus.Joining, Since = execution.Now });
        InclusiveJoin.TryFire(execution, node, token.ScopeId);
    }
}
