using Workflows.Engine.Interpreting;
using Workflows.Engine.Model;

namespace Workflows.Engine.Behaviors;

/// <summary>
/// Fork: one token per outgoing flow, conditions ignored. Join: a FIFO buffer per incoming flow in the
/// scope instance; it fires when no buffer is empty, consuming one token from each (BPMN 2.0.2 §13.4.1).
/// Token buffers, not arrival counters, keep the join right inside loops.
/// </summary>
public sealed class ParallelGatewayBehavior : FlowNodeBehavior<ParallelGatewayDefinition>
{
    protected override void Execute(Execution execution, Token token, ParallelGatewayDefinition node)
    {
        if (node.Incoming.Count > 1)
        {
            execution.Update(token with { Status = TokenStatus.Joining, Since = execution.Now });
            var consumed = new List<Token>(node.Incoming.Count);
            foreach (var flow in node.Incoming)
            {
                var oldest = execution.State.Tokens.Find(t =>
                    t.ScopeId == token.ScopeId && t.NodeId == node.Id && t.Status == TokenStatus.Joining && t.ArrivedVia == flow.Id);
                if (oldest is null) return;
                consumed.Add(oldest);
            }
            foreach (var buffered in consumed) execution.Remove(buffered);
            token = execution.Place(token.ScopeId, node.Id);
        }
        execution.TakeFlows(token, node.Outgoing);
    }
}
