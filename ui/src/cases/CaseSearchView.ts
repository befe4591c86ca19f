import { get } from '../api/http';
import type { CaseSummary, CaseSummaryPage } from '../api/types';
import { CASE_STATUSES, CHANNELS } from '../i18n/caseMessages';
import { t, word } from '../i18n/i18n';
import { h } from '../shell/dom';
import { localTime } from '../shell/time';

/** The case search: one box for whatever the agent knows, filters beside it, newest cases first. */
export function renderCaseSearch(container: HTMLElement): void {
  const q = h('input', { type: 'search', name: 'q', placeholder: t('cases.searchHint'), 'aria-label': t('cases.search'), size: '40' });
  const choose = (name: string, label: string, codes: readonly string[], kind: 'status' | 'channel') => h('label', {}, label, ' ',
    h('select', { name }, h('option', { value: '' }, t('cases.any')), ...codes.map((c) => h('option', { value: c }, word(kind, c)))));
  const day = (name: string, label: string) => h('label', {}, label, ' ', h('input', { type: 'date', name }));
  const form = h('form', { class: 'case-search', role: 'search', 'data-testid': 'case-search' },
    q, choose('status', t('cases.status'), CASE_STATUSES, 'status'), choose('channel', t('cases.channel'), CHANNELS, 'channel'),
    day('from', t('cases.from')), day('to', t('cases.to')), h('button', { type: 'submit', class: 'primary' }, t('cases.find')));
  const status = h('p', { class: 'status', role: 'status', 'data-testid': 'cases-status' });
  const body = h('tbody', {});
  container.replaceChildren(h('section', { class: 'cases' },
    h('div', { class: 'cases-head' }, h('h2', {}, t('cases.search')), h('a', { href: '#/cases/new', class: 'button', 'data-action': 'new-case' }, t('cases.new'))),
    form, status,
    h('table', { class: 'tasks', 'data-testid': 'case-results' }, h('thead', {}, h('tr', {},
      ...(['number', 'subject', 'status', 'channel', 'opened'] as const).map((c) => h('th', {}, t(`cases.col.${c}`))))), body)));

  const row = (c: CaseSummary) => h('tr', { 'data-case': c.number },
    h('td', {}, h('a', { href: `#/cases/${c.id}` }, c.number)), h('td', {}, c.subject), h('td', { 'data-status': c.status }, word('status', c.status)),
    h('td', {}, word('channel', c.channel)), h('td', {}, localTime(c.createdAt)));

  /** Bumped by every search: an answer that arrives after a newer search was started is dropped, not painted over it. */
  let latest = 0;

  async function search(): Promise<void> {
    const mine = ++latest;
    const query = new URLSearchParams();
    for (const [name, value] of new FormData(form)) if (typeof value === 'string' && value.trim()) query.set(name, value.trim());
    const page = await get<CaseSummaryPage>(`/api/cases?${query}`);
    if (mine !== latest) return;
    body.replaceChildren(...page.items.map(row));
    status.textContent = page.items.length === 0 ? t('cases.none') : page.more ? t('cases.foundMore', { count: page.total }) : t('cases.found', { count: page.total });
  }

  form.addEventListener('submit', (e) => { e.preventDefault(); void search(); });
  q.focus();
  void search();
}
