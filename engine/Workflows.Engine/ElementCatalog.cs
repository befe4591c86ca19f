using System.Collections.Frozen;
using System.Xml.Linq;
using Workflows.Engine.Behaviors;
using Workflows.Engine.Model;
using Workflows.Engine.Parsing;

namespace Workflows.Engine;

/// <summary>
/// The one table of supported BPMN elements: each element name maps to its reader, and each parsed
/// definition type to its behavior. Adding an element is a line here plus its definition and behavior.
/// </summary>
public sealed class ElementCatalog
{
    public static ElementCatalog Default { get; } = new ElementCatalog()
        .Element("startEvent", EventReaders.StartEvent).Behavior<StartEventDefinition>(new StartEventBehavior())
        .Element("endEvent", EventReaders.EndEvent).Behavior<EndEventDefinition>(new EndEventBehavior())
        .Element("intermediateCatchEvent", EventReaders.IntermediateCatchEvent).Behavior<IntermediateCatchEventDefinition>(new IntermediateCatchEventBehavior())
        .Element("intermediateThrowEvent", EventReaders.IntermediateThrowEvent).Behavior<IntermediateThrowEventDefinition>(new IntermediateThrowEventBehavior())
        .Element("boundaryEvent", EventReaders.BoundaryEvent).Behavior<BoundaryEventDefinition>(new BoundaryEventBehavior())
        .Element("exclusiveGateway", GatewayReaders.Exclusive).Behavior<ExclusiveGatewayDefinition>(new ExclusiveGatewayBehavior())
        .Element("parallelGateway", GatewayReaders.Parallel).Behavior<ParallelGatewayDefinition>(new ParallelGatewayBehavior())
        .Element("inclusiveGateway", GatewayReaders.Inclusive).Behavior<InclusiveGatewayDefinition>(new InclusiveGatewayBehavior())
        .Element("eventBasedGateway", GatewayReaders.EventBased).Behavior<EventBasedGatewayDefinition>(new EventBasedGatewayBehavior())
        .Element("userTask", TaskReaders.UserTask).Behavior<UserTaskDefinition>(new UserTaskBehavior())
        .Element("serviceTask", TaskReaders.ServiceTask).Behavior<ServiceTaskDefinition>(new ServiceTaskBehavior())
        .Element("sendTask", TaskReaders.SendTask).Behavior<SendTaskDefinition>(new SendTaskBehavior())
        .Element("businessRuleTask", BusinessRuleTaskReader.Read).Behavior<BusinessRuleTaskDefinition>(new BusinessRuleTaskBehavior())
        .Element("scriptTask", TaskReaders.ScriptTask).Behavior<ScriptTaskDefinition>(new ScriptTaskBehavior())
        .Element("receiveTask", TaskReaders.ReceiveTask).Behavior<ReceiveTaskDefinition>(new ReceiveTaskBehavior())
        .Element("task", TaskReaders.PlainTask).Element("manualTask", TaskReaders.PlainTask).Behavior<ManualTaskDefinition>(new ManualTaskBehavior())
        .Element("callActivity", CallActivityReader.Read).Behavior<CallActivityDefinition>(new CallActivityBehavior())
        .Element("subProcess", (e, _) => new SubProcessDefinition { Id = ReadContext.Id(e), ElementType = "subProcess", StartEventId = "" })
        .Behavior<SubProcessDefinition>(new SubProcessBehavior())
        .Freeze();

    /// <summary>Runs any activity with <c>multiInstanceLoopCharacteristics</c> as a body around its inner instances.</summary>
    public IFlowNodeBehavior MultiInstanceBody { get; init; } = new MultiInstanceBodyBehavior();

    private readonly Dictionary<string, Func<XElement, ReadContext, FlowNodeDefinition>> _readers = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, IFlowNodeBehavior> _behaviors = [];
    private FrozenDictionary<string, Func<XElement, ReadContext, FlowNodeDefinition>>? _frozenReaders;
    private FrozenDictionary<Type, IFlowNodeBehavior>? _frozenBehaviors;

    public ElementCatalog Element(string elementName, Func<XElement, ReadContext, FlowNodeDefinition> reader)
    {
        _readers[elementName] = reader;
        return this;
    }

    public ElementCatalog Behavior<TNode>(IFlowNodeBehavior behavior) where TNode : FlowNodeDefinition
    {
        _behaviors[typeof(TNode)] = behavior;
        return this;
    }

    public ElementCatalog Freeze()
    {
        _frozenReaders = _readers.ToFrozenDictionary(StringComparer.Ordinal);
        _frozenBehaviors = _behaviors.ToFrozenDictionary();
        return this;
    }

    public Func<XElement, ReadContext, FlowNodeDefinition>? ReaderFor(string elementName) =>
        (_frozenReaders ?? (IReadOnlyDictionary<string, Func<XElement, ReadContext, FlowNodeDefinition>>)_readers).GetValueOrDefault(elementName);

    public IFlowNodeBehavior BehaviorFor(FlowNodeDefinition node) =>
        (_frozenBehaviors ?? (IReadOnlyDictionary<Type, IFlowNodeBehavior>)_behaviors).TryGetValue(node.GetType(), out var behavior)
            ? behavior
            : throw new InvalidOperationException($"No behavior is registered for {node.GetType().Name} ('{node.Id}').");
}
