import { describe, expect, it } from 'vitest';
import { unsupportedReason } from './supportedElements';

describe('supported elements', () => {
  it('lets the elements the engine runs pass', () => {
    expect(unsupportedReason({ $type: 'bpmn:UserTask' })).toBeNull();
    expect(unsupportedReason({ $type: 'bpmn:BoundaryEvent', eventDefinitions: [{ $type: 'bpmn:TimerEventDefinition' }] })).toBeNull();
    expect(unsupportedReason({ $type: 'bpmn:SequenceFlow' })).toBeNull();
    expect(unsupportedReason({ $type: 'bpmn:UserTask', loopCharacteristics: { $type: 'bpmn:MultiInstanceLoopCharacteristics' } })).toBeNull();
    expect(unsupportedReason({ $type: 'bpmn:SubProcess', loopCharacteristics: { $type: 'bpmn:MultiInstanceLoopCharacteristics' } })).toBeNull();
  });

  it('flags what the server would refuse', () => {
    expect(unsupportedReason({ $type: 'bpmn:CallActivity' })).toMatch(/CallActivity is not supported/);
    expect(unsupportedReason({ $type: 'bpmn:ComplexGateway' })).toMatch(/not supported/);
    expect(unsupportedReason({ $type: 'bpmn:IntermediateThrowEvent', eventDefinitions: [{ $type: 'bpmn:SignalEventDefinition' }] })).toMatch(/Signal events/);
    expect(unsupportedReason({ $type: 'bpmn:UserTask', loopCharacteristics: { $type: 'bpmn:StandardLoopCharacteristics' } })).toMatch(/Standard loops are not supported; use multi-instance/);
    expect(unsupportedReason({ $type: 'bpmn:SubProcess', triggeredByEvent: true })).toMatch(/Event subprocesses/);
  });
});
