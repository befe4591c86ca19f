import { ApiError } from '../api/ApiError';
import { get, post } from '../api/http';
import type { InboxRow, Me } from '../api/types';
import { currentLanguage, nodeName, t, word } from '../i18n/i18n';
import { queueName } from '../i18n/queueName';
import { h, withElements } from '../shell/dom';
import { moveSelection, timeLeft } from './slaClock';
import { onLiveChanges, throttled } from '../shell/live';

const FILTERS = {
  channel: ['phone', 'chat', 'email', 'wechat'],
  category: ['payment-failure', 'account-security', 'points-rebates', 'refund-dispute', 'complaint', 'general'],
  priority: ['urgent', 'normal'],
} as const;

/**
 * The inbox: a queue's open tasks with their cases, refreshed every few seconds, SLA countdowns ticking every
 * second, and the keyboard: j/k or arrows to move, Enter to open, c to claim, u to unclaim. Returns a disposer.
 */
export function renderInboxList(container: HTMLElement, me: Me): () => void {
  // The queues are the user's teams (every team for managers and admins), then their own tasks.
  const queues = [...me.queues.map((q) => q.key), 'mine'];
  const state = { queue: queues[0] ?? 'mine', sort: 'sla', channel: '', category: '', priority: '', selected: 0, rows: [] as InboxRow[] };
  const body = h('tbody', {});
  const message = h('p', { class: 'status', role: 'status', 'data-testid': 'inbox-status' });
  const select = (name: 'sort' | keyof typeof FILTERS, options: readonly string[], all: boolean) => h('select', {
    'data-filter': name, 'aria-label': t(`inbox.${name}`), onchange: (e: Event) => { state[name] = (e.target as HTMLSelectElement).value; void refresh(); },
  }, ...(all ? [h('option', { value: '' }, t('inbox.all'))] : []), ...options.map((o) => h('option', { value: o }, word(name, o))));
  // Every filter says what it filters, on the page and to screen readers.
  const labelled = (name: 'sort' | keyof typeof FILTERS, options: readonly string[], all: boolean) =>
    h('label', {}, t(`inbox.${name}`), ' ', select(name, options, all));
  const tabs = h('div', { class: 'queues', role: 'tablist' }, ...queues.map((q) => h('button', {
    role: 'tab', 'data-queue': q, 'aria-selected': String(q === state.queue),
    onclick: () => { state.queue = q; state.selected = 0; tabs.querySelectorAll('button').forEach((b) => b.setAttribute('aria-selected', String(b.dataset.queue === q))); void refresh(); },
  }, q === 'mine' ? t('inbox.mine') : queueName(q, me.queues))));
  container.replaceChildren(h('section', { class: 'inbox' }, h('h2', {}, t('nav.inbox')), tabs,
    h('div', { class: 'filters' }, labelled('sort', ['sla', 'priority', 'due', 'created'], false),
      labelled('channel', FILTERS.channel, true), labelled('category', FILTERS.category, true), labelled('priority', FILTERS.priority, true)),
    h('p', { class: 'hint' }, ...keysHint()), message,
    h('table', { class: 'tasks', 'data-testid': 'inbox' }, h('thead', {}, h('tr', {},
      ...(['case', 'task', 'segment', 'channel', 'category', 'priority', 'slaLeft', 'assignee', ''] as const).map((c) => h('th', {}, c ? t(`inbox.col.${c}`) : '')))), body)));

  function row(r: InboxRow, index: number): HTMLElement {
    const mine = r.assignee === me.userName;
    return h('tr', { 'data-task': r.taskId, 'data-case': r.caseNumber ?? '', class: index === state.selected ? 'selected' : '', tabindex: '-1',
      onclick: () => { state.selected = index; paintSelection(); }, ondblclick: () => open(r) },
      h('td', {}, h('a', { href: `#/inbox/task/${r.taskId}` }, r.caseNumber ?? '—'), h('br', {}), h('small', {}, r.subject ?? '')),
      h('td', {}, nodeName(r.nodeId, r.taskName)), h('td', {}, word('segment', r.segment)), h('td', {}, word('channel', r.channel)), h('td', {}, word('category', r.category)),
      h('td', { class: `priority ${r.priority ?? ''}` }, r.priority ? word('priority', r.priority) : String(r.taskPriority)),
      h('td', { class: 'sla', 'data-due': r.slaDueAt ?? r.dueDate ?? '' }),
      h('td', { 'data-assignee': r.assignee ?? '' }, r.assignee ? h('span', { translate: 'no' }, r.assignee) : t('inbox.unclaimed')),
      h('td', {}, mine ? h('button', { 'data-action': 'unclaim', onclick: () => void act(r, 'unclaim') }, t('task.unclaim'))
        : r.assignee ? '' : h('button', { 'data-action': 'claim', onclick: () => void act(r, 'claim') }, t('task.claim'))));
  }

  function tick(): void {
    for (const cell of body.querySelectorAll<HTMLElement>('td.sla')) {
      const left = timeLeft(cell.dataset.due, Date.now(), currentLanguage());
      cell.textContent = left?.text ?? '';
      cell.classList.toggle('breached', left?.breached ?? false);
    }
  }

  function paintSelection(): void {
    body.querySelectorAll('tr').forEach((tr, i) => tr.classList.toggle('selected', i === state.selected));
    body.querySelectorAll('tr')[state.selected]?.scrollIntoView({ block: 'nearest' });
  }

  async function refresh(): Promise<void> {
    const selectedId = state.rows[state.selected]?.taskId;
    const query = new URLSearchParams({ queue: state.queue, sort: state.sort, limit: '100' });
    for (const f of ['channel', 'category', 'priority'] as const) if (state[f]) query.set(f, state[f]);
    state.rows = await get<InboxRow[]>(`/api/inbox?${query}`);
    const kept = state.rows.findIndex((r) => r.taskId === selectedId);
    state.selected = kept >= 0 ? kept : Math.min(state.selected, state.rows.length - 1);
    body.replaceChildren(...state.rows.map(row));
    if (state.rows.length === 0) body.append(h('tr', {}, h('td', { colspan: '9' }, t('inbox.empty'))));
    tick();
  }

  async function act(r: InboxRow, action: 'claim' | 'unclaim'): Promise<void> {
    try {
      await post(`/api/tasks/${r.taskId}/${action}`);
      message.textContent = t(action === 'claim' ? 'task.claimed' : 'task.unclaimed', { case: r.caseNumber ?? r.taskName });
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      message.textContent = e.message;
    }
    await refresh();
  }

  function open(r: InboxRow): void { location.hash = `#/inbox/task/${r.taskId}`; }

  function onKey(e: KeyboardEvent): void {
    if (e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement || e.target instanceof HTMLTextAreaElement) return;
    const current = state.rows[state.selected];
    if (e.key === 'Enter' && current) open(current);
    else if (e.key === 'c' && current) void act(current, 'claim');
    else if (e.key === 'u' && current) void act(current, 'unclaim');
    else {
      const next = moveSelection(e.key, state.selected, state.rows.length);
      if (next === state.selected) return;
      state.selected = next;
      paintSelection();
    }
    e.preventDefault();
  }

  document.addEventListener('keydown', onKey);
  const clock = window.setInterval(tick, 1000);
  // Changes arrive from the live feed; the slow poll only covers a feed cut by a proxy.
  const reload = throttled(() => void refresh().catch(() => undefined), 500);
  const stopLive = onLiveChanges(() => reload.ask());
  const poll = window.setInterval(() => void refresh().catch(() => undefined), 15_000);
  void refresh();
  return () => {
    document.removeEventListener('keydown', onKey);
    window.clearInterval(clock);
    window.clearInterval(poll);
    stopLive();
    reload.stop();
  };
}

/** The keyboard hint, its keys as keys: the letters on the keycaps are the same in every language. */
function keysHint(): (Node | string)[] {
  const key = (cap: string) => h('kbd', { translate: 'no' }, cap);
  return withElements(t('inbox.keys'), { jk: key('j/k'), enter: key('Enter'), c: key('c'), u: key('u') });
}
