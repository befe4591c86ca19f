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
    expect(unsupportedReason({ $type: 'bpmn:StartEvent', id: 'late', eventDefinitions: [{ $type: 'bpmn:EscalationEventDefinition' }] }))
      .toBe("startEvent 'late': a timer, conditional, error or escalation start event starts only an event subprocess; the process starts by none, message or signal.");
    expect(unsupportedReason({ $type: 'bpmn:EndEvent', eventDefinitions: [{ $type: 'bpmn:LinkEventDefinition' }] })).toBe("endEvent '': a link event is not supported here.");
    expect(unsupportedReason({ $type: 'bpmn:EndEvent', id: 'x', eventDefinitions: [{ $type: 'bpmn:ConditionalEventDefinition' }] })).toBe("endEvent 'x': a conditional event is not supported here.");
    expect(unsupportedReason({ $type: 'bpmn:BoundaryEvent', eventDefinitions: [{ $type: 'bpmn:ConditionalEventDefinition' }] })).toBeNull();
  });

  it('lets event subprocesses and their triggered start events pass', () => {
    const esp = { $type: 'bpmn:SubProcess', triggeredByEvent: true };
    expect(unsupportedReason(esp)).toBeNull();
    for (const type of ['bpmn:TimerEventDefinition', 'bpmn:ConditionalEventDefinition', 'bpmn:ErrorEventDefinition', 'bpmn:EscalationEventDefinition', 'bpmn:MessageEventDefinition'])
      expect(unsupportedReason({ $type: 'bpmn:StartEvent', $parent: esp, eventDefinitions: [{ $type: type }] })).toBeNull();
  });

  it('flags what the server would refuse', () => {
    expect(unsupportedReason({ $type: 'bpmn:ComplexGateway', id: 'cx' })).toBe("complexGateway is not supported ('cx').");
    expect(unsupportedReason({ $type: 'bpmn:CallActivity', id: 'call' })).toBeNull();
    expect(unsupportedReason({ $type: 'bpmn:ComplexGateway' })).toMatch(/not supported/);
    expect(unsupportedReason({ $type: 'bpmn:IntermediateThrowEvent', id: 'undo', eventDefinitions: [{ $type: 'bpmn:CancelEventDefinition' }] }))
      .toBe("intermediateThrowEvent 'undo': a cancel event is not supported here.");
    expect(unsupportedReason({ $type: 'bpmn:IntermediateCatchEvent', id: 'undo', eventDefinitions: [{ $type: 'bpmn:CompensateEventDefinition' }] }))
      .toBe("intermediateCatchEvent 'undo': a compensate event is not supported here.");
    expect(unsupportedReason({ $type: 'bpmn:IntermediateThrowEvent', id: 'undo', eventDefinitions: [{ $type: 'bpmn:CompensateEventDefinition' }] })).toBeNull();
    expect(unsupportedReason({ $type: 'bpmn:UserTask', id: 't', loopCharacteristics: { $type: 'bpmn:StandardLoopCharacteristics' } }))
      .toBe("'t': standard loops are not supported; use multi-instance (parallel or sequential) instead.");
  });

  it('lets a business rule task with a decision pass, and names one without', () => {
    const withRef = (name: string) => (key: string) => (key === name ? 'triage' : undefined);
    expect(unsupportedReason({ $type: 'bpmn:BusinessRuleTask', id: 'r', get: withRef('camunda:decisionRef') })).toBeNull();
    expect(unsupportedReason({ $type: 'bpmn:BusinessRuleTask', id: 'r', $attrs: { 'camunda:decisionRef': 'triage' } })).toBeNull();
    expect(unsupportedReason({ $type: 'bpmn:BusinessRuleTask', id: 'r', get: withRef('camunda:type') })).toBeNull();
    expect(unsupportedReason({ $type: 'bpmn:BusinessRuleTask', id: 'rules', get: () => undefined }))
      .toBe("Business rule task 'rules' names no decision: set Decision reference (camunda:decisionRef) to a decision's id.");
  });
});
