import { ApiError } from '../api/ApiError';
import { get } from '../api/http';
import type { CaseDetails } from '../api/types';
import { nodeName, t, word } from '../i18n/i18n';
import { renderCasePanel } from '../inbox/CasePanel';
import { h } from '../shell/dom';
import { concerns, onLiveChanges, throttled } from '../shell/live';
import { logReplyForm } from './LogReplyForm';

/** One case, found by search: what it is about, its open tasks, the customer's reply to log, and the case panel. */
export async function renderCaseView(container: HTMLElement, caseId: string): Promise<void> {
  const status = h('p', { class: 'status', role: 'status', 'data-testid': 'case-status' });
  let details: CaseDetails;
  try {
    details = await get<CaseDetails>(`/api/cases/${caseId}`);
  } catch (e) {
    if (!(e instanceof ApiError)) throw e;
    container.replaceChildren(h('p', { class: 'error', 'data-testid': 'case-status' }, e.message), h('a', { href: '#/cases' }, t('cases.search')));
    return;
  }
  const head = h('header', { class: 'case-head' });
  const tasks = h('ul', { class: 'open-tasks', 'data-testid': 'open-tasks' });
  const panel = h('aside', { class: 'case-panel' });
  const refresh = async () => paint(await get<CaseDetails>(`/api/cases/${caseId}`));
  container.replaceChildren(h('div', { class: 'task-view' },
    h('section', {}, h('a', { href: '#/cases', class: 'back' }, `← ${t('cases.search')}`), head, h('h4', {}, t('cases.openTasks')), tasks,
      logReplyForm(caseId, details.case.channel, status, refresh), status), panel));

  function paint(d: CaseDetails): void {
    const c = d.case;
    head.replaceChildren(h('h2', {}, `${c.number} · ${c.subject}`),
      h('p', {}, h('span', { 'data-testid': 'case-state', 'data-status': c.status }, word('status', c.status)), ' · ', word('channel', c.channel), ' · ',
        word('priority', c.priority), ' · ', h('a', { href: `#/cases/customer/${c.customerId}`, 'data-action': 'customer' }, `${d.customer.name} (${t('cases.customer')})`)),
      h('p', { class: 'description' }, c.description));
    tasks.replaceChildren(...(d.openTasks.length === 0 ? [h('li', {}, t('cases.noOpenTasks'))]
      : d.openTasks.map((task) => h('li', { 'data-task': task.id }, h('a', { href: `#/inbox/task/${task.id}` }, nodeName(task.nodeId, task.name))))));
    renderCasePanel(panel, d, refresh, status);
  }

  paint(details);
  // The case follows the live feed while it is shown: a reply, a task done or claimed elsewhere appears by itself.
  const reload = throttled(() => void refresh().catch(() => undefined), 500);
  const stopLive = onLiveChanges((changes) => {
    if (!container.contains(head)) {
      stopLive();
      reload.stop();
    } else if (concerns(changes, caseId, details.case.instanceId)) reload.ask();
  });
}
