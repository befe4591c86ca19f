using System.Xml.Linq;
using Workflows.Engine.Model;
using static Workflows.Engine.Parsing.BpmnNamespaces;

namespace Workflows.Engine.Parsing;

/// <summary>Walks a process or subprocess element, reading each flow node through the catalog.</summary>
internal sealed class ScopeReader(ElementCatalog catalog, ReadContext context)
{
    private static readonly HashSet<string> Ignored =
    [
        "sequenceFlow", "laneSet", "textAnnotation", "association", "dataObject", "dataObjectReference",
        "dataStoreReference", "documentation", "extensionElements", "group", "property", "ioSpecification",
        "dataInputAssociation", "dataOutputAssociation", "incoming", "outgoing", "category",
        // A subprocess's own loop characteristics sit among its children; they belong to the subprocess (read below).
        "multiInstanceLoopCharacteristics", "standardLoopCharacteristics",
    ];

    public List<FlowNodeDefinition> Nodes { get; } = [];
    public List<(XElement Element, string? ScopeId)> Flows { get; } = [];

    public void Read(XElement scope, string? scopeId)
    {
        foreach (var element in scope.Elements().Where(e => e.Name.Namespace == Bpmn))
        {
            var name = element.Name.LocalName;
            if (name == "sequenceFlow") { Flows.Add((element, scopeId)); continue; }
            if (Ignored.Contains(name)) continue;
            var id = ReadContext.Id(element);
            if (id.Length == 0)
            {
                context.Report(null, ProblemCodes.MissingId, $"A {name} has no id.");
                continue;
            }
            Nodes.Add(Common(element, ReadNode(element, name, id), scopeId));
            if (name == "subProcess") Read(element, id);
        }
    }

    private FlowNodeDefinition ReadNode(XElement element, string name, string id)
    {
        if (element.Element(Bpmn + "standardLoopCharacteristics") is not null)
            return Unsupported(element, $"'{id}': standard loops are not supported; use multi-instance (parallel or sequential) instead.");
        if (catalog.ReaderFor(name) is not { } reader) return Unsupported(element, $"{name} is not supported ('{id}').");
        var node = reader(element, context);
        if (node is SubProcessDefinition subprocess && string.Equals((string?)element.Attribute("triggeredByEvent"), "true", StringComparison.OrdinalIgnoreCase))
            node = subprocess with { TriggeredByEvent = true };
        if (element.Element(Bpmn + "multiInstanceLoopCharacteristics") is not null && !node.IsActivity)
            return Unsupported(element, $"'{id}': only tasks and subprocesses can be multi-instance.");
        return node;
    }

    private FlowNodeDefinition Unsupported(XElement element, string message)
    {
        context.Report(ReadContext.Id(element), ProblemCodes.Unsupported, message);
        return TaskReaders.Placeholder(element);
    }

    private FlowNodeDefinition Common(XElement element, FlowNodeDefinition node, string? scopeId) => node with
    {
        Name = (string?)element.Attribute("name"),
        ScopeId = scopeId,
        DefaultFlowId = (string?)element.Attribute("default"),
        AsyncBefore = ReadContext.CamundaFlag(element, "asyncBefore") || ReadContext.CamundaFlag(element, "async"),
        AsyncAfter = ReadContext.CamundaFlag(element, "asyncAfter"),
        IsForCompensation = string.Equals((string?)element.Attribute("isForCompensation"), "true", StringComparison.OrdinalIgnoreCase),
        InputOutput = InputOutputReader.Read(element, context),
        MultiInstance = node.IsActivity ? MultiInstanceReader.Read(element, context) : null,
    };
}
