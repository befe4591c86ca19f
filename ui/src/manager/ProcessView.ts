import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import { get } from '../api/http';
import type { DefinitionSummary, DefinitionVersion } from '../api/types';
import { nodeName, t } from '../i18n/i18n';
import { h } from '../shell/dom';
import { diagramXml } from './diagramXml';
import { localDuration, when } from './format';
import type { NodeInstance, NodeStats, ProcessNodes } from './types';
import localizedNames from '../diagram/localizedNames';

interface Overlays {
  add(elementId: string, type: string, overlay: { position: Record<string, number>; scale?: { min?: number; max?: number }; html: HTMLElement }): string;
  remove(filter: { type: string }): void;
}
interface EventBus { on(event: string, callback: (e: { element: { id: string; type: string } }) => void): void }

/**
 * A published version with, on each node, who waits there now: count, average and longest wait, breaches and
 * incidents, over every version (the default) or one. Nodes go by their names; clicking one lists its instances,
 * longest waiting first.
 */
export async function renderProcessView(container: HTMLElement, keyArg?: string, versionArg?: string): Promise<() => void> {
  const definitions = await get<DefinitionSummary[]>('/api/definitions');
  const key = keyArg ?? definitions.find((d) => d.key === 'support-case')?.key ?? definitions[0]?.key;
  if (!key) {
    container.replaceChildren(h('p', { class: 'status' }, t('manager.noProcesses')));
    return () => undefined;
  }
  const versions = await get<DefinitionVersion[]>(`/api/definitions/${encodeURIComponent(key)}`);
  // Every version by default: where cases wait now, whichever version they started on, drawn on the newest diagram.
  const version = versionArg ? Number(versionArg) : undefined;
  const scope = `/api/manager/processes/${encodeURIComponent(key)}${version ? `/versions/${version}` : ''}`;
  const go = (k: string, v?: number) => { location.hash = `#/manager/process/${encodeURIComponent(k)}${v ? `/${v}` : ''}`; };
  const pickKey = h('select', { 'data-testid': 'process-key', 'aria-label': t('manager.process'), onchange: () => go(pickKey.value) },
    ...definitions.map((d) => h('option', { value: d.key }, d.name ? nodeName(d.key, d.name) : d.key)));
  pickKey.value = key;
  const pickVersion = h('select', { 'data-testid': 'process-version', 'aria-label': t('manager.version'), onchange: () => go(key, Number(pickVersion.value) || undefined) },
    h('option', { value: '' }, t('manager.allVersions')),
    ...versions.map((v) => h('option', { value: String(v.version) }, t('manager.versionLabel', { version: v.version, at: when(v.publishedAt) }))));
  pickVersion.value = version ? String(version) : '';
  const status = h('p', { class: 'status', role: 'status', 'data-testid': 'process-status' });
  const canvas = h('div', { class: 'canvas', 'data-testid': 'process-canvas' });
  const listing = h('aside', { class: 'node-instances', 'data-testid': 'node-instances' }, h('p', { class: 'hint' }, t('manager.clickNode')));
  container.replaceChildren(h('section', { class: 'process-view' },
    h('div', { class: 'toolbar' }, pickKey, pickVersion, h('button', { 'data-action': 'refresh', onclick: () => void paint() }, t('manager.refresh')), status),
    h('div', { class: 'process-body' }, canvas, listing)));

  const viewer = new NavigatedViewer({ container: canvas, additionalModules: [localizedNames] });
  await viewer.importXML(await diagramXml(key, version ?? versions[0]?.version ?? 1));
  (viewer.get('canvas') as { zoom(level: string): void }).zoom('fit-viewport');
  const overlays = viewer.get('overlays') as Overlays;
  const registry = viewer.get('elementRegistry') as { get(id: string): { businessObject?: { name?: string } } | undefined };
  /** A node as people call it: its name where the diagram gives one. */
  const nameOf = (nodeId: string) => registry.get(nodeId)?.businessObject?.name?.trim() || nodeId;

  async function paint(): Promise<void> {
    const stats = await get<ProcessNodes>(`${scope}/nodes`);
    overlays.remove({ type: 'node-stats' });
    // Unscaled below 100 %: a badge stays readable however far the diagram is zoomed out to fit.
    for (const node of stats.nodes.filter((n) => registry.get(n.nodeId)))
      overlays.add(node.nodeId, 'node-stats', { position: { top: -30, left: 0 }, scale: { min: 1 }, html: badge(node, nameOf(node.nodeId)) });
    const waiting = stats.nodes.reduce((sum, n) => sum + n.waiting, 0);
    status.textContent = t('manager.waitingTotal', { count: waiting, nodes: stats.nodes.length });
  }

  (viewer.get('eventBus') as EventBus).on('element.click', ({ element }) => {
    if (element.type !== 'bpmn:Process' && !element.type.endsWith('Flow')) void list(element.id);
  });

  async function list(nodeId: string): Promise<void> {
    const rows = await get<NodeInstance[]>(`${scope}/nodes/${encodeURIComponent(nodeId)}/instances?limit=200`);
    listing.replaceChildren(h('h3', { 'data-node': nodeId }, t('manager.atNode', { node: nameOf(nodeId), count: rows.length })),
      rows.length === 0 ? h('p', {}, t('manager.nobodyWaits')) : h('table', { class: 'tasks' }, h('tbody', {}, ...rows.map((r) => h('tr', { 'data-instance': r.instanceId },
        h('td', {}, h('a', { href: `#/manager/instance/${r.instanceId}` }, r.caseNumber ?? r.businessKey ?? r.instanceId.slice(0, 8))),
        h('td', {}, r.status), h('td', { title: when(r.since) }, localDuration((Date.now() - Date.parse(r.since)) / 1000)),
        h('td', { class: r.slaDueAt && Date.parse(r.slaDueAt) < Date.now() ? 'breached' : '' }, r.priority ?? ''))))));
  }

  await paint();
  const poll = window.setInterval(() => void paint().catch(() => undefined), 15_000);
  return () => { window.clearInterval(poll); viewer.destroy(); };
}

/** The badge over a node: count, then average / longest wait, breaches and incidents when there are any. */
function badge(node: NodeStats, name: string): HTMLElement {
  return h('div', { class: `node-stats${node.breaches || node.incidents ? ' alarm' : ''}`, 'data-node': node.nodeId, 'data-waiting': String(node.waiting),
    title: `${name}: ${t('manager.badgeTitle', { waiting: node.waiting, average: localDuration(node.averageWaitSeconds), longest: localDuration(node.longestWaitSeconds) })}` },
  h('strong', {}, String(node.waiting)),
  // A multi-instance node: how many runs (bodies) the waiting inner instances belong to.
  node.multiInstanceBodies ? h('span', { class: 'bodies', title: t('manager.multiInstanceTitle', { instances: node.waiting, bodies: node.multiInstanceBodies }) },
    ` ⫴ ${node.multiInstanceBodies}`) : null,
  ` · ⌀ ${localDuration(node.averageWaitSeconds)} · ↑ ${localDuration(node.longestWaitSeconds)}`,
  node.breaches ? h('span', { class: 'breaches' }, ` · ⚠ ${node.breaches}`) : null,
  node.incidents ? h('span', { class: 'incidents' }, ` · ✖ ${node.incidents}`) : null);
}
