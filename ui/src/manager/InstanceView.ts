import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import { ApiError } from '../api/ApiError';
import { get } from '../api/http';
import { currentLanguage, nodeName, t, word } from '../i18n/i18n';
import { h } from '../shell/dom';
import { diagramXml } from './diagramXml';
import { when } from './format';
import { pathTaken, type Flow } from './pathTaken';
import { cancelInstance, retryIncident } from './StuckActions';
import type { InstanceDetails } from './types';
import localizedNames from '../diagram/localizedNames';

interface Shape { id: string; type: string; businessObject: { sourceRef?: { id: string }; targetRef?: { id: string } } }

/**
 * One instance: the diagram with the path it took and where its tokens are now; its journal, variables, tasks, timers,
 * incidents, and what its business rule tasks decided (marked on the task, listed with inputs, rules and outputs); the
 * instance that called it and those its call activities called, each a link (a child's incident marks its call activity).
 */
export async function renderInstanceView(container: HTMLElement, instanceId: string, changed: () => void): Promise<() => void> {
  let details: InstanceDetails;
  try {
    details = await get<InstanceDetails>(`/api/manager/instances/${instanceId}`);
  } catch (e) {
    if (!(e instanceof ApiError)) throw e;
    container.replaceChildren(h('p', { class: 'error' }, e.message), h('a', { href: '#/manager/stuck' }, t('manager.back')));
    return () => undefined;
  }
  const d = details;
  const reload = (done: boolean) => { if (done) changed(); };
  const canvas = h('div', { class: 'canvas', 'data-testid': 'instance-canvas' });
  const ended = d.status !== 'active';
  container.replaceChildren(h('section', { class: 'instance-view', 'data-testid': 'instance-view', 'data-status': d.status },
    h('a', { href: '#/manager/stuck', class: 'back' }, `← ${t('manager.back')}`),
    h('h2', { translate: 'no' }, `${d.definitionKey} v${d.definitionVersion} · ${d.businessKey ?? d.id}`),
    d.calledBy ? h('p', { 'data-testid': 'called-by' }, `${t('manager.calledBy')} `,
      h('a', { href: `#/manager/instance/${d.calledBy.instanceId}`, translate: 'no' }, `${d.calledBy.definitionKey} · ${d.calledBy.nodeId}`)) : null,
    h('p', {}, h('span', { class: `instance-status ${d.status}`, 'data-testid': 'instance-status', 'data-status': d.status }, word('instance', d.status)), ' · ',
      t('manager.startedAt', { at: when(d.startedAt) }), d.endedAt ? ` · ${t('manager.endedAt', { at: when(d.endedAt) })}` : '', ' ',
      ended ? null : h('button', { 'data-action': 'cancel', onclick: async () => reload(await cancelInstance(d.id, d.businessKey ?? d.id)) }, t('manager.cancelInstance'))),
    canvas,
    h('div', { class: 'instance-panels' },
      panel('tokens', t('manager.tokens'), d.tokens.map((k) => h('li', { 'data-node': k.nodeId }, `${nodeName(k.nodeId, k.nodeName ?? k.nodeId)} · ${word('token', k.status)} · ${when(k.since)}`))),
      panel('tasks', t('manager.tasks'), d.openTasks.map((k) => h('li', { 'data-task': k.id }, `${nodeName(k.nodeId, k.name)} · `, h('span', { translate: 'no' }, k.assignee ?? k.candidateGroups.join(', ')), k.dueDate ? ` · ${when(k.dueDate)}` : ''))),
      panel('timers', t('manager.timers'), d.pendingTimers.map((k) => h('li', {}, h('span', { translate: 'no' }, k.nodeId), ` · ${word('timer', k.kind)} · ${when(k.dueAt)}`))),
      panel('incidents', t('manager.incidents'), d.incidents.map((k) => h('li', { 'data-incident': k.id }, h('span', { translate: 'no' }, k.nodeId), ': ', h('code', { translate: 'no' }, k.message), ' ',
        h('button', { 'data-action': 'retry', onclick: async () => reload(await retryIncident(k.id, k.nodeId, k.message)) }, t('manager.retry'))))),
      panel('children', t('manager.children'), (d.children ?? []).map((c) => h('li', { 'data-child': c.id, 'data-node': c.nodeId },
        `${nodeName(c.nodeId, c.nodeId)} → `, h('a', { href: `#/manager/instance/${c.id}`, translate: 'no' }, `${c.definitionKey} v${c.definitionVersion}`),
        ` · ${word('instance', c.status)} · ${when(c.startedAt)}`,
        c.openIncidents ? h('span', { class: 'instance-status incident' }, ` · ${t('manager.childIncidents', { count: String(c.openIncidents) })}`) : ''))),
      panel('decisions', t('manager.decisions'), d.decisions.map((k) => h('li', { 'data-decision': k.id, 'data-node': k.nodeId },
        `${nodeName(k.nodeId, k.nodeId)} · `, h('span', { translate: 'no' }, `${k.decisionKey} v${k.decisionVersion}`), ` · ${when(k.evaluatedAt)} · `,
        k.matchedRules.length ? t('manager.decisionRules', { rules: k.matchedRules.join(', ') }) : Array.isArray(k.outputs) && k.outputs.length ? '' : t('manager.noRuleMatched'),
        h('div', {}, `${t('manager.decisionInputs')}: `, h('code', { translate: 'no' }, decisionInputs(k.inputs))),
        h('div', {}, `${t('manager.decisionOutputs')}: `, h('code', { translate: 'no' }, JSON.stringify(k.outputs)))))),
      h('section', { class: 'panel', 'data-panel': 'variables' }, h('h3', {}, t('manager.variables')),
        h('pre', { 'data-testid': 'variables', translate: 'no' }, JSON.stringify(d.variables, null, 2)))),
    h('section', { class: 'panel', 'data-panel': 'journal' }, h('h3', {}, t('manager.journal')), h('table', { class: 'tasks journal' }, h('tbody', {},
      ...d.journal.map((j) => h('tr', { 'data-kind': j.kind }, h('td', {}, when(j.at)), h('td', {}, word('journal', j.kind)),
        h('td', { translate: 'no' }, j.nodeId ?? ''), h('td', {}, currentLanguage() === 'en' ? j.message : j.detail ?? ''),
        h('td', { translate: 'no' }, j.actor ?? ''))))))));

  const viewer = new NavigatedViewer({ container: canvas, additionalModules: [localizedNames] });
  await viewer.importXML(await diagramXml(d.definitionKey, d.definitionVersion));
  (viewer.get('canvas') as { zoom(level: string): void }).zoom('fit-viewport');
  const shapes = (viewer.get('elementRegistry') as { getAll(): Shape[] }).getAll();
  const flows: Flow[] = shapes.filter((s) => s.type === 'bpmn:SequenceFlow' && s.businessObject.sourceRef && s.businessObject.targetRef)
    .map((s) => ({ id: s.id, sourceId: s.businessObject.sourceRef!.id, targetId: s.businessObject.targetRef!.id }));
  const path = pathTaken(d.journal, flows);
  const known = new Set(shapes.map((s) => s.id));
  const canvasApi = viewer.get('canvas') as { addMarker(id: string, marker: string): void };
  const mark = (id: string, marker: string) => { if (known.has(id)) canvasApi.addMarker(id, marker); };
  path.nodes.forEach((id) => mark(id, 'path-node'));
  path.flows.forEach((id) => mark(id, 'path-flow'));
  d.tokens.forEach((k) => mark(k.nodeId, k.status === 'incident' ? 'token-incident' : 'token-here'));
  d.incidents.forEach((k) => mark(k.nodeId, 'token-incident'));
  d.decisions.forEach((k) => mark(k.nodeId, 'decided'));
  // A child's incident shows on the call activity that waits for it.
  (d.children ?? []).filter((c) => c.openIncidents > 0 && c.status === 'active').forEach((c) => mark(c.nodeId, 'token-incident'));
  return () => viewer.destroy();
}

/** The input columns as evaluated, `label = value` each (the expression where a column has no label). */
function decisionInputs(inputs: unknown): string {
  if (!Array.isArray(inputs)) return JSON.stringify(inputs);
  return inputs.map((i: { label?: string | null; expression?: string; value?: unknown }) => `${i.label ?? i.expression ?? '?'} = ${JSON.stringify(i.value)}`).join('; ');
}

function panel(name: string, title: string, items: HTMLElement[]): HTMLElement {
  return h('section', { class: 'panel', 'data-panel': name }, h('h3', {}, `${title} (${items.length})`),
    items.length ? h('ul', {}, ...items) : h('p', { class: 'hint' }, '—'));
}
