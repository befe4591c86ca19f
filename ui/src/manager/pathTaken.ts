import type { JournalView } from './types';

/** A sequence flow as the diagram draws it. */
export interface Flow {
  id: string;
  sourceId: string;
  targetId: string;
}

/** The journal kinds that mean the instance reached a node (boundary events are triggered, not entered). */
const REACHED = new Set(['NodeEntered', 'EventTriggered', 'ErrorCaught', 'EscalationCaught']);

/**
 * The path an instance took, from its journal: the nodes it reached and, in between, the flows it followed.
 * The journal names nodes, not flows, so a flow counts as taken when its target was reached after its source.
 */
export function pathTaken(journal: readonly Pick<JournalView, 'kind' | 'nodeId'>[], flows: readonly Flow[]): { nodes: Set<string>; flows: Set<string> } {
  const incoming = new Map<string, Flow[]>();
  for (const f of flows) incoming.set(f.targetId, [...(incoming.get(f.targetId) ?? []), f]);
  const reached = new Set<string>();
  const taken = new Set<string>();
  for (const entry of journal) {
    if (!entry.nodeId || !REACHED.has(entry.kind)) continue;
    for (const f of incoming.get(entry.nodeId) ?? []) if (reached.has(f.sourceId)) taken.add(f.id);
    reached.add(entry.nodeId);
  }
  return { nodes: reached, flows: taken };
}
