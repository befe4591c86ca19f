import { get } from '../api/http';
import { nodeName, t, word } from '../i18n/i18n';
import { h } from '../shell/dom';
import { localDuration, when } from './format';
import { cancelInstance, moveTask, reassignTask, retryIncident } from './StuckActions';
import { isStuckReason, STUCK_REASONS, type StuckPage, type StuckReason, type StuckRow } from './types';
import { onLiveChanges, throttled } from '../shell/live';

const PAGE_SIZE = 50;

/**
 * Everything stuck, oldest first: one tab per reason with its count, each row with its age and the actions
 * that fit it. Refreshes every 10 seconds and after each action. Returns a disposer.
 */
export function renderStuckList(container: HTMLElement): () => void {
  const state: { reason: StuckReason | ''; page: number } = { reason: '', page: 1 };
  const status = h('p', { class: 'status', role: 'status', 'data-testid': 'stuck-status' });
  const tabs = h('div', { class: 'queues', role: 'tablist' });
  const body = h('tbody', {});
  const pager = h('div', { class: 'pager' });
  container.replaceChildren(h('section', { class: 'stuck' }, h('h2', {}, t('manager.stuck')), tabs, status,
    h('table', { class: 'tasks', 'data-testid': 'stuck' }, h('thead', {}, h('tr', {},
      ...(['reason', 'case', 'where', 'who', 'age', ''] as const).map((c) => h('th', {}, c ? t(`manager.col.${c}`) : '')))), body), pager));

  function paintTabs(counts: Record<string, number>): void {
    const total = STUCK_REASONS.reduce((sum, r) => sum + (counts[r] ?? 0), 0);
    const tab = (reason: StuckReason | '', label: string, count: number) => h('button', {
      role: 'tab', 'data-reason': reason || 'all', 'data-count': String(count), 'aria-selected': String(state.reason === reason),
      onclick: () => { state.reason = reason; state.page = 1; void refresh(); },
    }, `${label} (${count})`);
    tabs.replaceChildren(tab('', t('manager.allReasons'), total), ...STUCK_REASONS.map((r) => tab(r, t(`manager.reason.${r}`), counts[r] ?? 0)));
  }

  function row(r: StuckRow): HTMLElement {
    const label = r.caseNumber ?? r.instanceId.slice(0, 8);
    const acted = (done: boolean) => { if (done) { status.textContent = t('manager.done'); void refresh(); } };
    const usual = r.usualSeconds === null ? '' : ` · ${t('manager.usually', { time: localDuration(r.usualSeconds) })}`;
    return h('tr', { 'data-reason': r.reason, 'data-instance': r.instanceId, 'data-case': r.caseNumber ?? '' },
      h('td', {}, h('span', { class: `reason ${r.reason}` }, isStuckReason(r.reason) ? t(`manager.reason.${r.reason}`) : r.reason)),
      h('td', {}, h('a', { href: `#/manager/instance/${r.instanceId}` }, label), r.priority ? h('small', { class: `priority ${r.priority}` }, ` ${word('priority', r.priority)}`) : null),
      h('td', {}, r.nodeId ? nodeName(r.nodeId, r.what ?? r.nodeId) : r.what ?? '', r.nodeId && r.what !== r.nodeId ? h('small', { translate: 'no' }, ` (${r.nodeId})`) : null),
      h('td', { translate: 'no' }, r.assignee ?? (r.groups?.join(', ') || '')),
      h('td', { class: 'age', title: `${t('manager.since')} ${when(r.since)}` }, localDuration(r.ageSeconds), h('small', {}, usual)),
      h('td', { class: 'row-actions' },
        r.taskId ? h('button', { 'data-action': 'reassign', onclick: async () => acted(await reassignTask(r.taskId!, r.groups ?? [], label)) }, t('manager.reassign')) : null,
        r.taskId ? h('button', { 'data-action': 'move', onclick: async () => acted(await moveTask(r.taskId!, r.groups ?? [], label)) }, t('manager.move')) : null,
        r.incidentId ? h('button', { 'data-action': 'retry', onclick: async () => acted(await retryIncident(r.incidentId!, label, r.what ?? '')) }, t('manager.retry')) : null,
        h('button', { 'data-action': 'cancel', onclick: async () => acted(await cancelInstance(r.instanceId, label)) }, t('manager.cancelInstance'))));
  }

  async function refresh(): Promise<void> {
    const query = new URLSearchParams({ page: String(state.page), pageSize: String(PAGE_SIZE) });
    if (state.reason) query.set('reason', state.reason);
    const page = await get<StuckPage>(`/api/manager/stuck?${query}`);
    paintTabs(page.counts);
    body.replaceChildren(...page.items.map(row));
    if (page.items.length === 0) body.append(h('tr', {}, h('td', { colspan: '6' }, t('manager.nothingStuck'))));
    const shown = state.reason ? page.counts[state.reason] ?? 0 : Object.values(page.counts).reduce((a, b) => a + b, 0);
    pager.replaceChildren(
      h('button', { 'data-action': 'previous', disabled: state.page <= 1, onclick: () => { state.page--; void refresh(); } }, '‹'),
      h('span', {}, t('manager.page', { page: state.page, pages: Math.max(1, Math.ceil(shown / PAGE_SIZE)) })),
      h('button', { 'data-action': 'next', disabled: state.page * PAGE_SIZE >= shown, onclick: () => { state.page++; void refresh(); } }, '›'));
  }

  // Not while a dialog is open: the manager is acting on a row that must not move under them.
  const quietly = () => { if (!document.querySelector('dialog[open]')) void refresh().catch(() => undefined); };
  const reload = throttled(quietly, 2000);
  const stopLive = onLiveChanges(() => reload.ask());
  const poll = window.setInterval(quietly, 30_000);
  void refresh();
  return () => {
    window.clearInterval(poll);
    stopLive();
    reload.stop();
  };
}
