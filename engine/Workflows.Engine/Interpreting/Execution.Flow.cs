using System.Text.Json;
using Workflows.Engine.Model;

namespace Workflows.Engine.Interpreting;

/// <summary>How tokens leave, wait and end.</summary>
public sealed partial class Execution
{
    /// <summary>
    /// Leaves a node by the implicit inclusive split: every unconditional flow and every true conditional
    /// flow; the default flow only when nothing else was taken. Flows but none selectable fails the step.
    /// </summary>
    public void Leave(Token token)
    {
        var node = Definition.Node(token.NodeId);
        InContextOf(token);
        if (node.MultiInstance is not null && MultiInstance.IsInner(this, token))
        {
            // An inner instance returns to its body, which decides whether the node is left.
            MultiInstance.InnerCompleted(this, token);
            return;
        }
        if (node.Outgoing.Count == 0)
        {
            // A compensation handler that ends lets its throw go on (to the next handler, or onward).
            if (!node.IsForCompensation || !Compensation.HandlerDone(this, token)) Consume(token);
            return;
        }
        if (node.Outgoing is [{ Condition: null } only] && only.Id != node.DefaultFlowId)
        {
            Remove(token);
            Spawn(token.ScopeId, only.TargetId, only.Id);
            return;
        }
        var selected = new List<SequenceFlowDefinition>(node.Outgoing.Count);
        SequenceFlowDefinition? defaultFlow = null;
        foreach (var flow in node.Outgoing)
        {
            if (flow.Id == node.DefaultFlowId) defaultFlow = flow;
            else if (flow.Condition is null || Condition(flow)) selected.Add(flow);
        }
        if (selected.Count == 0 && defaultFlow is not null) selected.Add(defaultFlow);
        if (selected.Count == 0)
            throw Fail(StepErrorCodes.NoFlowSelected, $"No outgoing flow of '{node.DisplayName}' can be taken: every condition is false and there is no default flow.", node.Id);
        TakeFlows(token, selected);
    }

    /// <summary>Moves a token along the given flows: the token ends and one new token runs per flow.</summary>
    public void TakeFlows(Token token, IReadOnlyList<SequenceFlowDefinition> flows)
    {
        Remove(token);
        foreach (var flow in flows) Spawn(token.ScopeId, flow.TargetId, flow.Id);
    }

    /// <summary>A token reached its end; the scope completes when nothing else is left in it.</summary>
    public void Consume(Token token) => Remove(token);

    /// <summary>The token waits at its node; boundary events of the node are armed.</summary>
    public Token Wait(Token token)
    {
        var waiting = Update(token with { Status = TokenStatus.Waiting, Since = Now });
        // A multi-instance node's boundary events belong to its body, not to each inner instance.
        var inner = waiting.LoopCounter is not null && MultiInstance.IsInner(this, waiting);
        if (!inner) BoundaryEvents.Arm(this, waiting);
        WaitsOnConditions(waiting, Definition.Node(waiting.NodeId), withBoundaries: !inner);
        return waiting;
    }

    /// <summary>
    /// The activity the token waits at is done: outputs are mapped, boundary events closed, and the token
    /// leaves (or parks first when the node is asyncAfter).
    /// </summary>
    public void Complete(Token token, IReadOnlyDictionary<string, JsonElement>? outputs = null)
    {
        var node = Definition.Node(token.NodeId);
        InContextOf(token);
        MapOutputs(node, outputs);
        Compensation.Record(this, token, node);
        if (node.BoundaryEvents.Count > 0 && node.MultiInstance is null) BoundaryEvents.Disarm(this, token);
        if (node.MultiInstance is null ? node.AsyncAfter : node.MultiInstance.InnerAsyncAfter)
        {
            Jobs.Schedule(this, token, JobKind.AsyncAfter);
            return;
        }
        Leave(token.Status == TokenStatus.Running ? token : Update(token with { Status = TokenStatus.Running }));
    }

    private void MapOutputs(FlowNodeDefinition node, IReadOnlyDictionary<string, JsonElement>? outputs)
    {
        if (node.InputOutput.Outputs.Count == 0)
        {
            Merge(outputs);
            return;
        }
        var scope = new LocalVariables(this, outputs);
        var values = node.InputOutput.Outputs.Select(p => (p.Name, Value: Evaluate(p.Value, scope, node.Id))).ToList();
        foreach (var (name, value) in values) Set(name, value);
    }
}
