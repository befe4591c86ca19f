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
  });

  it('flags escalation and link events where the engine does not run them', () => {
    expect(unsupportedReason({ $type: 'bpmn:StartEvent', eventDefinitions: [{ $type: 'bpmn:EscalationEventDefinition' }] })).toMatch(/escalation StartEvent is not supported/);
    expect(unsupportedReason({ $type: 'bpmn:EndEvent', eventDefinitions: [{ $type: 'bpmn:LinkEventDefinition' }] })).toMatch(/link EndEvent is not supported/);
    expect(unsupportedReason({ $type: 'bpmn:StartEvent', eventDefinitions: [{ $type: 'bpmn:ConditionalEventDefinition' }] })).toMatch(/conditional StartEvent is not supported/);
    expect(unsupportedReason({ $type: 'bpmn:BoundaryEvent', eventDefinitions: [{ $type: 'bpmn:ConditionalEventDefinition' }] })).toBeNull();
  });

  it('flags what the server would refuse', () => {
    expect(unsupportedReason({ $type: 'bpmn:CallActivity' })).toMatch(/CallActivity is not supported/);
    expect(unsupportedReason({ $type: 'bpmn:ComplexGateway' })).toMatch(/not supported/);
    expect(unsupportedReason({ $type: 'bpmn:IntermediateThrowEvent', eventDefinitions: [{ $type: 'bpmn:CompensateEventDefinition' }] })).toMatch(/Compensate events/);
    expect(unsupportedReason({ $type: 'bpmn:UserTask', loopCharacteristics: { $type: 'bpmn:MultiInstanceLoopCharacteristics' } })).toMatch(/multi-instance/);
    expect(unsupportedReason({ $type: 'bpmn:SubProcess', triggeredByEvent: true })).toMatch(/Event subprocesses/);
  });
});
