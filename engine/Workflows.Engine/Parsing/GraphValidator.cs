using Workflows.Engine.Model;

namespace Workflows.Engine.Parsing;

/// <summary>Checks a designer would want before publishing: start events, connections, gateways, boundaries.</summary>
internal sealed class GraphValidator(ReadContext context, IReadOnlyDictionary<string, FlowNodeDefinition> nodes)
{
    public void Validate()
    {
        var starts = nodes.Values.OfType<StartEventDefinition>().Where(s => s.ScopeId is null).ToList();
        if (starts.Count == 0)
            context.Report(null, ProblemCodes.NoStartEvent, "The process has no start event.");
        foreach (var start in starts.Where(s => s.OnlyInEventSubprocess))
            context.Report(start.Id, ProblemCodes.Unsupported,
                $"startEvent '{start.Id}': a timer, conditional, error or escalation start event starts only an event subprocess; the process starts by none, message or signal.");
        var none = starts.Where(s => s.IsNone).ToList();
        if (none.Count > 1)
            context.Report(none[1].Id, ProblemCodes.SeveralNoneStartEvents,
                "The process has several none start events; keep one (message and signal start events may be added).");
        foreach (var node in nodes.Values) Check(node);
    }

    private void Check(FlowNodeDefinition node)
    {
        if (node.DefaultFlowId is { } defaultId && node.Outgoing.All(f => f.Id != defaultId))
            context.Report(node.Id, ProblemCodes.DefaultNotOutgoing, $"The default flow '{defaultId}' of '{node.Id}' is not one of its outgoing flows.");

        switch (node)
        {
            case StartEventDefinition when node.Outgoing.Count == 0:
                context.Report(node.Id, ProblemCodes.NotConnected, $"Start event '{node.DisplayName}' has no outgoing sequence flow.");
                break;
            // A link catch is reached by its throw; boundary events by their host.
            // ... and a compensation handler by its compensation boundary event's association.
            case StartEventDefinition or BoundaryEventDefinition or IntermediateCatchEventDefinition { LinkName: not null } or SubProcessDefinition { TriggeredByEvent: true }:
            case { IsForCompensation: true }:
                break;
            case not null when node.Incoming.Count == 0:
                context.Report(node.Id, ProblemCodes.NotConnected, $"'{node.DisplayName}' has no incoming sequence flow and can never be reached.");
                break;
        }

        switch (node)
        {
            case ExclusiveGatewayDefinition when node.DefaultFlowId is null && node.Outgoing.Count(f => f.Condition is null) > 1:
                context.Report(node.Id, ProblemCodes.AmbiguousExclusiveGateway,
                    $"Exclusive gateway '{node.DisplayName}' has several outgoing flows without a condition and no default flow; give each a condition or mark one as default.");
                break;
            case EventBasedGatewayDefinition:
                CheckEventGateway(node);
                break;
            case BoundaryEventDefinition boundary:
                CheckBoundary(boundary);
                break;
        }
    }

    private void CheckEventGateway(FlowNodeDefinition gateway)
    {
        if (gateway.Outgoing.Count < 2)
            context.Report(gateway.Id, ProblemCodes.EventGatewayTooFewFlows, $"Event-based gateway '{gateway.DisplayName}' needs at least two outgoing flows.");
        foreach (var flow in gateway.Outgoing)
            if (nodes[flow.TargetId] is not (IntermediateCatchEventDefinition { LinkName: null, Conditional: null } or ReceiveTaskDefinition))
                context.Report(flow.TargetId, ProblemCodes.EventGatewayInvalidTarget,
                    $"'{flow.TargetId}' follows event-based gateway '{gateway.Id}'; only timer, message or signal catch events and receive tasks may.");
    }

    private void CheckBoundary(BoundaryEventDefinition boundary)
    {
        if (!nodes.TryGetValue(boundary.AttachedToId, out var host))
            context.Report(boundary.Id, ProblemCodes.BoundaryUnknownHost, $"Boundary event '{boundary.Id}' is attached to '{boundary.AttachedToId}', which is not in this process.");
        else if (!host.IsActivity || host.ScopeId != boundary.ScopeId)
            context.Report(boundary.Id, ProblemCodes.BoundaryInvalidHost, $"Boundary event '{boundary.Id}' must be attached to a task or subprocess, not '{host.Id}'.");
    }
}
