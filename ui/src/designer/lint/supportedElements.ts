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
  'bpmn:SignalEventDefinition', 'bpmn:EscalationEventDefinition', 'bpmn:CompensateEventDefinition',
  'bpmn:ConditionalEventDefinition', 'bpmn:LinkEventDefinition', 'bpmn:CancelEventDefinition',
]);

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
  // Multi-instance runs on tasks and subprocesses (engine/Workflows.Engine/Parsing/MultiInstanceReader.cs); its fields
  // are checked by the server's validation, which the lint panel shows with the server's own messages (ServerLint).
  if (node.loopCharacteristics?.$type === 'bpmn:StandardLoopCharacteristics') {
    return 'Standard loops are not supported; use multi-instance (parallel or sequential) instead';
  }
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
