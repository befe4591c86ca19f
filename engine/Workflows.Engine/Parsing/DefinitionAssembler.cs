using System.Collections.Frozen;
using System.Xml.Linq;
using Workflows.Engine.Model;
using static Workflows.Engine.Parsing.BpmnNamespaces;

namespace Workflows.Engine.Parsing;

/// <summary>Links nodes by their flows and boundary events, then runs the graph checks.</summary>
internal sealed class DefinitionAssembler(ReadContext context)
{
    private static readonly string[] JavaScriptLanguages = ["javascript", "ecmascript", "js"];

    public ProcessDefinition Assemble(string xml, XElement process, List<FlowNodeDefinition> read, List<(XElement Element, string? ScopeId)> flowElements)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var nodes = new Dictionary<string, FlowNodeDefinition>(StringComparer.Ordinal);
        foreach (var node in read)
            if (Unique(seen, node.Id)) nodes[node.Id] = node;

        var flows = new List<SequenceFlowDefinition>();
        foreach (var (element, scopeId) in flowElements)
            if (ReadFlow(element, scopeId, nodes, seen) is { } flow) flows.Add(flow);

        foreach (var (id, node) in nodes.ToList())
        {
            var boundaries = nodes.Values.OfType<BoundaryEventDefinition>().Where(b => b.AttachedToId == id).ToList();
            nodes[id] = node with
            {
                Outgoing = flows.Where(f => f.SourceId == id).ToList(),
                Incoming = flows.Where(f => f.TargetId == id).ToList(),
                BoundaryEvents = boundaries,
            };
        }
        foreach (var subprocess in nodes.Values.OfType<SubProcessDefinition>().ToList())
            nodes[subprocess.Id] = subprocess with
            {
                StartEventId = SubprocessStart(subprocess, nodes.Values),
                ChildNodeIds = nodes.Values.Where(n => n.ScopeId == subprocess.Id).Select(n => n.Id).ToList(),
            };

        LinkResolver.Resolve(nodes, context);
        CompensationLinker.Link(process, nodes, context);
        new GraphValidator(context, nodes).Validate();
        foreach (var gateway in nodes.Values.OfType<InclusiveGatewayDefinition>().ToList())
            nodes[gateway.Id] = gateway with { UpstreamByIncomingFlow = InclusiveJoinAnalysis.Upstream(gateway, nodes) };

        var frozen = nodes.ToFrozenDictionary(StringComparer.Ordinal);
        return new ProcessDefinition
        {
            Key = ReadContext.Id(process),
            Name = (string?)process.Attribute("name"),
            Xml = xml,
            Nodes = frozen,
            Flows = flows.ToFrozenDictionary(f => f.Id, StringComparer.Ordinal),
            StartEvents = read.OfType<StartEventDefinition>().Where(s => s.ScopeId is null).Select(s => (StartEventDefinition)frozen[s.Id]).Distinct().ToList(),
        };
    }

    private bool Unique(HashSet<string> seen, string id)
    {
        if (seen.Add(id)) return true;
        context.Report(id, ProblemCodes.DuplicateId, $"The id '{id}' is used by more than one element; ids must be unique.");
        return false;
    }

    private SequenceFlowDefinition? ReadFlow(XElement element, string? scopeId, Dictionary<string, FlowNodeDefinition> nodes, HashSet<string> seen)
    {
        var id = ReadContext.Id(element);
        if (id.Length == 0) { context.Report(null, ProblemCodes.MissingId, "A sequence flow has no id."); return null; }
        if (!Unique(seen, id)) return null;
        var source = (string?)element.Attribute("sourceRef") ?? "";
        var target = (string?)element.Attribute("targetRef") ?? "";
        var ok = true;
        if (!nodes.TryGetValue(source, out var from))
        { ok = false; context.Report(id, ProblemCodes.FlowUnknownSource, $"Sequence flow '{id}' starts at '{source}', which is not an element of this process."); }
        if (!nodes.TryGetValue(target, out var to))
        { ok = false; context.Report(id, ProblemCodes.FlowUnknownTarget, $"Sequence flow '{id}' leads to '{target}', which is not an element of this process."); }
        if (!ok) return null;
        if (from!.ScopeId != scopeId || to!.ScopeId != scopeId)
        {
            context.Report(id, ProblemCodes.FlowCrossesScope, $"Sequence flow '{id}' crosses a subprocess border; connect to the subprocess itself.");
            return null;
        }
        return new SequenceFlowDefinition(id, source, target, (string?)element.Attribute("name"), Condition(element, id, from));
    }

    private Expressions.CompiledScript? Condition(XElement flow, string id, FlowNodeDefinition source)
    {
        var expression = flow.Element(Bpmn + "conditionExpression");
        if (expression is null || source is ParallelGatewayDefinition or EventBasedGatewayDefinition) return null;
        var language = (string?)expression.Attribute("language");
        if (language is not null && !JavaScriptLanguages.Contains(language.ToLowerInvariant()))
        {
            context.Report(id, ProblemCodes.ScriptUnsupportedLanguage, $"The condition of '{id}' is written in '{language}'; use JavaScript or ${{...}}.");
            return null;
        }
        var text = expression.Value.Trim();
        return text.Length == 0 ? null : context.Condition(id, text);
    }

    private string SubprocessStart(SubProcessDefinition subprocess, IEnumerable<FlowNodeDefinition> nodes)
    {
        var starts = nodes.OfType<StartEventDefinition>().Where(s => s.ScopeId == subprocess.Id).ToList();
        if (subprocess.TriggeredByEvent)
        {
            if (starts.Count != 1 || starts[0].IsNone)
                context.Report(subprocess.Id, ProblemCodes.SubprocessStartEvent,
                    $"Event subprocess '{subprocess.Id}' needs exactly one start event with a trigger (message, timer, signal, condition, error or escalation).");
            return starts.FirstOrDefault()?.Id ?? "";
        }
        foreach (var triggered in starts.Where(s => !s.IsNone))
            context.Report(triggered.Id, ProblemCodes.MessageStartInSubprocess,
                $"Start event '{triggered.Id}' has a trigger but sits in a subprocess; only an event subprocess (triggeredByEvent) may start by one.");
        if (starts.Count != 1)
            context.Report(subprocess.Id, ProblemCodes.SubprocessStartEvent, $"Subprocess '{subprocess.Id}' needs exactly one none start event; it has {starts.Count}.");
        return starts.FirstOrDefault()?.Id ?? "";
    }
}
