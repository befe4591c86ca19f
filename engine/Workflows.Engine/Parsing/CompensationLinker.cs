using System.Xml.Linq;
using Workflows.Engine.Model;
using static Workflows.Engine.Parsing.BpmnNamespaces;

namespace Workflows.Engine.Parsing;

/// <summary>
/// Compensation is wired by associations, not flows: a compensation boundary event points (either way round) to its
/// handler, an activity marked <c>isForCompensation</c>. Each boundary gets its handler here; a boundary without one, or a
/// throw whose <c>activityRef</c> names nothing in its scope, is refused naming the element.
/// </summary>
internal static class CompensationLinker
{
    public static void Link(XElement process, Dictionary<string, FlowNodeDefinition> nodes, ReadContext context)
    {
        var associations = process.Descendants(Bpmn + "association")
            .Select(a => ((string?)a.Attribute("sourceRef") ?? "", (string?)a.Attribute("targetRef") ?? "")).ToList();
        foreach (var boundary in nodes.Values.OfType<BoundaryEventDefinition>().Where(b => b.Trigger == BoundaryTrigger.Compensation).ToList())
        {
            var handler = associations.Select(a => a.Item1 == boundary.Id ? a.Item2 : a.Item2 == boundary.Id ? a.Item1 : null)
                .FirstOrDefault(id => id is not null && nodes.TryGetValue(id, out var n) && n.IsForCompensation);
            if (handler is null)
            {
                context.Report(boundary.Id, ProblemCodes.CompensationMissingHandler,
                    $"Compensation boundary event '{boundary.Id}' has no handler: associate it with an activity marked \"for compensation\".");
                continue;
            }
            var linked = boundary with { CompensationHandlerId = handler };
            nodes[boundary.Id] = linked;
            var host = nodes[boundary.AttachedToId];
            nodes[host.Id] = host with { BoundaryEvents = host.BoundaryEvents.Select(b => b.Id == boundary.Id ? linked : b).ToList() };
        }
        foreach (var node in nodes.Values)
        {
            var activity = node switch
            {
                IntermediateThrowEventDefinition { Compensate.ActivityRef: { } a } => a,
                EndEventDefinition { Compensate.ActivityRef: { } a } => a,
                _ => null,
            };
            if (activity is not null && (!nodes.TryGetValue(activity, out var target) || target.ScopeId != node.ScopeId || !target.IsActivity))
                context.Report(node.Id, ProblemCodes.CompensationUnknownActivity,
                    $"'{node.Id}' compensates '{activity}', which is not an activity in the same scope.");
        }
    }
}
