import { describe, expect, it } from 'vitest';
import { isDmn } from './DecisionFiles';

describe('decision files', () => {
  it('knows a DMN file by its name or its namespace', () => {
    expect(isDmn('triage.dmn', '')).toBe(true);
    expect(isDmn('triage.xml', '<?xml version="1.0"?><definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="d">')).toBe(true);
    expect(isDmn('old.xml', '<dmn:definitions xmlns:dmn="http://www.omg.org/spec/DMN/20180521/MODEL/" id="d">')).toBe(true);
    expect(isDmn('flow.bpmn', '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d">')).toBe(false);
  });
});
