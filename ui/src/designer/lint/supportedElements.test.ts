import { describe, expect, it } from 'vitest';
import { unsupportedReason } from './supportedElements';

describe('supported elements', () => {
  it('lets the elements the engine runs pass', () => {
    expect(unsupportedReason({ $type: 'bpmn:UserTask' })).toBeNull();
    expect(unsupportedReason({ $type: 'bpmn:BoundaryEvent', eventDefinitions: [{ $type: 'bpmn:TimerEventDefinition' }] })).toBeNull();
    expect(unsupportedReason({ $type: 'bpmn:SequenceFlow' })).toBeNull();
    expect(unsupportedReason({ $type: 'bpmn:IntermediateThrowEvent', eventDefinitions: [{ $type: 'bpmn:LinkEventDefinition' }] })).toBeNull();
    expect(unsupportedReason({ $type: 'bpmn:IntermediateCatchEvent', eventDefinitions: [{ $type: 'bpmn:LinkEventDefinition' }] })).toBeNull();
    expect(unsupportedReason({ $type: 'bpmn:EndEvent', eventDefinitions: [{ $type: 'bpmn:EscalationEventDefinition' }] })).toBeNull();
    expect(unsupportedReason({ $type: 'bpmn:BoundaryEvent', eventDefinitions: [{ $type: 'bpmn:EscalationEventDefinition' }] })).toBeNull();
    for (const type of ['bpmn:StartEvent', 'bpmn:IntermediateThrowEvent', 'bpmn:IntermediateCatchEvent', 'bpmn:EndEvent', 'bpmn:BoundaryEvent'])
      expect(unsupportedReason({ $type: type, eventDefinitions: [{ $type: 'bpmn:SignalEventDefinition' }] })).toBeNull();
    expect(unsupportedReason({ $type: 'bpmn:UserTask', loopCharacteristics: { $type: 'bpmn:MultiInstanceLoopCharacteristics' } })).toBeNull();
    expect(unsupportedReason({ $type: 'bpmn:SubProcess', loopCharacteristics: { $type: 'bpmn:MultiInstanceLoopCharacteristics' } })).toBeNull();
  });

  it('flags escalation and link events where the engine does not run them', () => {
    expect(unsupportedReason({ $type: 'bpmn:StartEvent', eventDefinitions: [{ $type: 'bpmn:EscalationEventDefinition' }] })).toBe("startEvent '': an escalation event is not supported here.");
    expect(unsupportedReason({ $type: 'bpmn:EndEvent', eventDefinitions: [{ $type: 'bpmn:LinkEventDefinition' }] })).toBe("endEvent '': a link event is not supported here.");
    expect(unsupportedReason({ $type: 'bpmn:StartEvent', eventDefinitions: [{ $type: 'bpmn:ConditionalEventDefinition' }] })).toBe("startEvent '': a conditional event is not supported here.");
    expect(unsupportedReason({ $type: 'bpmn:BoundaryEvent', eventDefinitions: [{ $type: 'bpmn:ConditionalEventDefinition' }] })).toBeNull();
  });

  it('flags what the server would refuse', () => {
    expect(unsupportedReason({ $type: 'bpmn:CallActivity', id: 'call' })).toBe("callActivity is not supported ('call').");
    expect(unsupportedReason({ $type: 'bpmn:ComplexGateway' })).toMatch(/not supported/);
    expect(unsupportedReason({ $type: 'bpmn:IntermediateThrowEvent', id: 'undo', eventDefinitions: [{ $type: 'bpmn:CompensateEventDefinition' }] }))
      .toBe("intermediateThrowEvent 'undo': a compensate event is not supported here.");
    expect(unsupportedReason({ $type: 'bpmn:UserTask', id: 't', loopCharacteristics: { $type: 'bpmn:StandardLoopCharacteristics' } }))
      .toBe("'t': standard loops are not supported; use multi-instance (parallel or sequential) instead.");
    expect(unsupportedReason({ $type: 'bpmn:SubProcess', id: 'esp', triggeredByEvent: true })).toBe("Event subprocess 'esp' is not supported.");
  });
});
