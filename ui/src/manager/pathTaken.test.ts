import { describe, expect, it } from 'vitest';
import { pathTaken, type Flow } from './pathTaken';

// start → gw → (a | b) → end; boundary "sla" on a → l2
const flows: Flow[] = [
  { id: 'f1', sourceId: 'start', targetId: 'gw' },
  { id: 'f2', sourceId: 'gw', targetId: 'a' },
  { id: 'f3', sourceId: 'gw', targetId: 'b' },
  { id: 'f4', sourceId: 'a', targetId: 'end' },
  { id: 'f5', sourceId: 'b', targetId: 'end' },
  { id: 'f6', sourceId: 'sla', targetId: 'l2' },
];
const entered = (...ids: string[]) => ids.map((nodeId) => ({ kind: 'NodeEntered', nodeId }));

describe('pathTaken', () => {
  it('follows the branch the gateway chose and not the other', () => {
    const path = pathTaken(entered('start', 'gw', 'b', 'end'), flows);
    expect([...path.nodes]).toEqual(['start', 'gw', 'b', 'end']);
    expect([...path.flows].sort()).toEqual(['f1', 'f3', 'f5']);
  });

  it('counts a triggered boundary event as reached, so the flow out of it is taken', () => {
    const path = pathTaken([...entered('start', 'gw', 'a'), { kind: 'EventTriggered', nodeId: 'sla' }, ...entered('l2')], flows);
    expect(path.flows.has('f6')).toBe(true);
    expect(path.flows.has('f4')).toBe(false);
  });

  it('ignores entries that do not reach a node, and a target reached before its source', () => {
    const path = pathTaken([{ kind: 'TaskCompleted', nodeId: 'gw' }, { kind: 'InstanceStarted', nodeId: null }, ...entered('end', 'a')], flows);
    expect([...path.nodes]).toEqual(['end', 'a']);
    expect(path.flows.size).toBe(0);
  });
});
