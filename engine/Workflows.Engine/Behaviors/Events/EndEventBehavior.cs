using Workflows.Engine.Interpreting;
using Workflows.Engine.Model;

namespace Workflows.Engine.Behaviors;

/// <summary>
/// None: the token is consumed. Terminate: everything else in the innermost scope is cancelled and the
/// scope completes normally. Error: the error is thrown to the nearest matching boundary. Escalation: thrown to the
/// enclosing scopes' boundaries (<see cref="EscalationThrower"/>), then the token ends.
/// </summary>
public sealed class EndEventBehavior : FlowNodeBehavior<EndEventDefinition>
{
    protected override void Execute(Execution execution, Token token, EndEventDefinition node)
    {
        switch (node.Kind)
        {
            case EndEventKind.Terminate:
                Cancellation.CancelTokensOf(execution, token.ScopeId, except: token.Id);
                if (execution.State.Scopes.Find(s => s.Id == token.ScopeId)?.ParentTokenId is null) execution.TerminatedBy = node.Id;
                execution.Consume(token);
                break;
            case EndEventKind.Signal:
                SignalThrower.Throw(execution, node, node.SignalName!);
                execution.Consume(token);
                break;
            case EndEventKind.Escalation:
                EscalationThrower.Throw(execution, token, node.EscalationCode!, node.EscalationName);
                // An interrupting catch has cancelled the token with its scope already.
                if (execution.FindToken(token.Id) is { } still) execution.Consume(still);
                break;
            case EndEventKind.Compensation:
                Compensation.Throw(execution, token, node.Compensate!);
                break;
            case EndEventKind.Error:
                execution.Update(token with { Status = TokenStatus.Waiting });
                ErrorThrower.Throw(execution, token, node.ErrorCode!, node.ErrorName);
                break;
            default:
                execution.Consume(token);
                break;
        }
    }
}
