/**
 * The BPMN the engine runs (engine/Workflows.Engine/ElementCatalog.cs and the event readers). Anything
 * else is flagged in the designer before the server would refuse it on publish.
 */
export const supportedTypes = new Set([
  'bpmn:StartEvent', 'bpmn:EndEvent', 'bpmn:IntermediateCatchEvent', 'bpmn:IntermediateThrowEvent', 'bpmn:BoundaryEvent',
  'bpmn:ExclusiveGateway', 'bpmn:ParallelGateway', 'bpmn:InclusiveGateway', 'bpmn:EventBasedGateway',
  'bpmn:UserTask', 'bpmn:ServiceTask', 'bpmn:SendTask', 'bpmn:ScriptTask', 'bpmn:ReceiveTask', 'bpmn:Task', 'bpmn:ManualTask',
  'bpmn:SubProcess',
]);

export const unsupportedEventDefinitions = new Set([
  'bpmn:CompensateEventDefinition', 'bpmn:CancelEventDefinition',
]);

/** Event definitions the engine runs on some events only (engine/Workflows.Engine/Parsing/EventReaders.cs). */
export const eventDefinitionsOn: Record<string, ReadonlySet<string>> = {
  'bpmn:LinkEventDefinition': new Set(['bpmn:IntermediateThrowEvent', 'bpmn:IntermediateCatchEvent']),
  'bpmn:EscalationEventDefinition': new Set(['bpmn:IntermediateThrowEvent', 'bpmn:EndEvent', 'bpmn:BoundaryEvent']),
  'bpmn:ConditionalEventDefinition': new Set(['bpmn:IntermediateCatchEvent', 'bpmn:BoundaryEvent']),
  'bpmn:SignalEventDefinition': new Set(['bpmn:StartEvent', 'bpmn:IntermediateThrowEvent', 'bpmn:IntermediateCatchEvent', 'bpmn:EndEvent', 'bpmn:BoundaryEvent']),
};

interface ModdleElement {
  $type: string;
  $instanceOf?: (type: string) => boolean;
  eventDefinitions?: ModdleElement[];
  loopCharacteristics?: ModdleElement;
  triggeredByEvent?: boolean;
}

/** Why an element cannot run, or null when it can. Pure, so it is unit-tested without a modeler. */
export function unsupportedReason(node: ModdleElement): string | null {
  const isFlowNode = node.$instanceOf ? node.$instanceOf('bpmn:FlowNode') : node.$type !== 'bpmn:SequenceFlow';
  if (!isFlowNode) return null;
  if (!supportedTypes.has(node.$type)) return `${node.$type.replace('bpmn:', '')} is not supported by the engine`;
  const definition = node.eventDefinitions?.find((d) => unsupportedEventDefinitions.has(d.$type));
  if (definition) return `${definition.$type.replace('bpmn:', '').replace('EventDefinition', '')} events are not supported by the engine`;
  const misplaced = node.eventDefinitions?.find((d) => eventDefinitionsOn[d.$type] && !eventDefinitionsOn[d.$type]?.has(node.$type));
  if (misplaced) return `a ${misplaced.$type.replace('bpmn:', '').replace('EventDefinition', '').toLowerCase()} ${node.$type.replace('bpmn:', '')} is not supported by the engine`;
  if (node.loopCharacteristics) return 'Loops and multi-instance are not supported by the engine';
  if (node.$type === 'bpmn:SubProcess' && node.triggeredByEvent) return 'Event subprocesses are not supported by the engine';
  return null;
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
