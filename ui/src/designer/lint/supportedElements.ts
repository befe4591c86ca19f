/**
 * The BPMN the engine runs (engine/Workflows.Engine/ElementCatalog.cs and the event readers). Anything
 * else is flagged in the designer before the server would refuse it on publish.
 */
export const supportedTypes = new Set([
  'bpmn:StartEvent', 'bpmn:EndEvent', 'bpmn:IntermediateCatchEvent', 'bpmn:IntermediateThrowEvent', 'bpmn:BoundaryEvent',
  'bpmn:ExclusiveGateway', 'bpmn:ParallelGateway', 'bpmn:InclusiveGateway', 'bpmn:EventBasedGateway',
  'bpmn:UserTask', 'bpmn:ServiceTask', 'bpmn:SendTask', 'bpmn:ScriptTask', 'bpmn:ReceiveTask', 'bpmn:Task', 'bpmn:ManualTask',
  'bpmn:BusinessRuleTask',
  'bpmn:SubProcess', 'bpmn:CallActivity',
]);

export const unsupportedEventDefinitions = new Set([
  'bpmn:CancelEventDefinition',
]);

/** Start events only an event subprocess may have (engine/Workflows.Engine/Parsing/GraphValidator.cs). */
const eventSubprocessStarts = new Set(['bpmn:TimerEventDefinition', 'bpmn:ConditionalEventDefinition', 'bpmn:ErrorEventDefinition', 'bpmn:EscalationEventDefinition']);

/** Event definitions the engine runs on some events only (engine/Workflows.Engine/Parsing/EventReaders.cs). */
export const eventDefinitionsOn: Record<string, ReadonlySet<string>> = {
  'bpmn:LinkEventDefinition': new Set(['bpmn:IntermediateThrowEvent', 'bpmn:IntermediateCatchEvent']),
  'bpmn:EscalationEventDefinition': new Set(['bpmn:StartEvent', 'bpmn:IntermediateThrowEvent', 'bpmn:EndEvent', 'bpmn:BoundaryEvent']),
  'bpmn:ConditionalEventDefinition': new Set(['bpmn:StartEvent', 'bpmn:IntermediateCatchEvent', 'bpmn:BoundaryEvent']),
  'bpmn:CompensateEventDefinition': new Set(['bpmn:IntermediateThrowEvent', 'bpmn:EndEvent', 'bpmn:BoundaryEvent']),
  'bpmn:SignalEventDefinition': new Set(['bpmn:StartEvent', 'bpmn:IntermediateThrowEvent', 'bpmn:IntermediateCatchEvent', 'bpmn:EndEvent', 'bpmn:BoundaryEvent']),
};

interface ModdleElement {
  $type: string;
  id?: string;
  $parent?: ModdleElement;
  $instanceOf?: (type: string) => boolean;
  eventDefinitions?: ModdleElement[];
  loopCharacteristics?: ModdleElement;
  triggeredByEvent?: boolean;
  get?: (name: string) => unknown;
  $attrs?: Record<string, string>;
}

/** A camunda: attribute, whether the Camunda moddle extension read it or left it among the unknown attributes. */
const camundaAttribute = (node: ModdleElement, name: string): string | undefined => {
  const value = node.get?.(`camunda:${name}`) ?? node.$attrs?.[`camunda:${name}`];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
};

/** The element's XML name, as the server's messages say it: bpmn:StartEvent → startEvent. */
const xmlName = (type: string) => type.replace('bpmn:', '').replace(/^./, (c) => c.toLowerCase());

/**
 * Why an element cannot run, or null when it can, in the words the server uses when it refuses the same element on
 * publish (engine/Workflows.Engine/Parsing/ScopeReader.cs and EventReaders.cs). Pure, so it is unit-tested without a modeler.
 */
export function unsupportedReason(node: ModdleElement): string | null {
  const isFlowNode = node.$instanceOf ? node.$instanceOf('bpmn:FlowNode') : node.$type !== 'bpmn:SequenceFlow';
  if (!isFlowNode) return null;
  const id = node.id ?? '';
  if (node.$type === 'bpmn:StartEvent' && !node.$parent?.triggeredByEvent && node.eventDefinitions?.some((d) => eventSubprocessStarts.has(d.$type)))
    return `startEvent '${id}': a timer, conditional, error or escalation start event starts only an event subprocess; the process starts by none, message or signal.`;
  // Multi-instance runs on tasks and subprocesses (engine/Workflows.Engine/Parsing/MultiInstanceReader.cs); its fields
  // are checked by the server's validation, which the lint panel shows with the server's own messages (ServerLint).
  if (node.loopCharacteristics?.$type === 'bpmn:StandardLoopCharacteristics')
    return `'${id}': standard loops are not supported; use multi-instance (parallel or sequential) instead.`;
  if (!supportedTypes.has(node.$type)) return `${xmlName(node.$type)} is not supported ('${id}').`;
  // A business rule task runs a DMN decision, or a custom activity like a service task (engine/.../BusinessRuleTaskReader.cs).
  if (node.$type === 'bpmn:BusinessRuleTask' && !['decisionRef', 'type', 'class', 'delegateExpression', 'expression'].some((a) => camundaAttribute(node, a)))
    return `Business rule task '${id}' names no decision: set Decision reference (camunda:decisionRef) to a decision's id.`;
  const refused = node.eventDefinitions?.find((d) => unsupportedEventDefinitions.has(d.$type) || (eventDefinitionsOn[d.$type] && !eventDefinitionsOn[d.$type]?.has(node.$type)));
  if (!refused) return null;
  const kind = xmlName(refused.$type).replace('EventDefinition', ' event');
  return `${xmlName(node.$type)} '${id}': ${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind} is not supported here.`;
}

/** The bpmnlint rule: reports every element the engine would refuse. */
export default function supportedElementsRule() {
  return {
    check(node: ModdleElement, reporter: { report(id: string, message: string): void }) {
      const reason = unsupportedReason(node);
      if (reason) reporter.report((node as unknown as { id: string }).id, reason);
    },
  };
}
