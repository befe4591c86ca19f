using Workflows.Engine.Interpreting;
using Workflows.Engine.Model;

namespace Workflows.Engine.Behaviors;

/// <summary>
/// A none throw passes through; a message throw emits the message with the node's inputs as payload; a signal throw
/// broadcasts the signal with them (delivered after the step commits); a link throw goes
/// on at its catch event; an escalation throw tells the enclosing scopes and goes on unless an interrupting catch ended
/// the scope it was thrown in.
/// </summary>
public sealed class IntermediateThrowEventBehavior : FlowNodeBehavior<IntermediateThrowEventDefinition>
{
    protected override void Execute(Execution execution, Token token, IntermediateThrowEventDefinition node)
    {
        if (node.MessageName is not null)
            execution.Emit(new SendMessage(node.Id, execution.EvaluateText(node.MessageName, node.Id), execution.Inputs(node, allVariablesWhenUnmapped: false)));
        if (node.SignalName is not null) SignalThrower.Throw(execution, node, node.SignalName);
        if (node.LinkTargetId is { } target)
        {
            execution.Journal(JournalKind.LinkFollowed, node.Id, $"Link '{node.LinkName}' goes on at '{target}'.");
            execution.Remove(token);
            execution.Spawn(token.ScopeId, target, arrivedVia: null);
            return;
        }
        if (node.Compensate is { } compensate)
        {
            Compensation.Throw(execution, token, compensate);
            return;
        }
        if (node.EscalationCode is { } code)
        {
            EscalationThrower.Throw(execution, token, code, node.EscalationName);
            if (execution.FindToken(token.Id) is null) return;
        }
        execution.Leave(token);
    }
}
