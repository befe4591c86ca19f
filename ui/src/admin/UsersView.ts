import { get } from '../api/http';
import type { UserPage, UserView } from '../api/types';
import { bilingualText } from '../i18n/bilingualText';
import { currentLanguage, t } from '../i18n/i18n';
import { queueName } from '../i18n/queueName';
import { h } from '../shell/dom';
import { loadChoices } from './choices';
import { rolesText, signInText, stateText, teamsText } from './userText';
import { userState } from './userState';

const PAGE_SIZE = 50;
const COLUMNS = ['userName', 'displayName', 'roles', 'teams', 'state', 'signIn'] as const;

/** Every user, searched by name or e-mail and filtered by state and team, a page at a time; each opens their page. */
export async function renderUsers(container: HTMLElement): Promise<void> {
  const choices = await loadChoices();
  const state = { skip: 0 };
  const q = h('input', { type: 'search', name: 'q', placeholder: t('admin.users.search'), 'aria-label': t('admin.users.search') });
  const active = h('select', { name: 'active', 'aria-label': t('admin.users.state') },
    h('option', { value: '' }, t('admin.users.everyone')), h('option', { value: 'true' }, t('admin.state.active')),
    h('option', { value: 'false' }, t('admin.state.deactivated')));
  const team = h('select', { name: 'team', 'aria-label': t('admin.col.teams') }, h('option', { value: '' }, t('admin.users.anyTeam')),
    ...choices.teams.map((tm) => h('option', { value: tm.key }, queueName(tm.key, choices.teams))));
  const body = h('tbody', {});
  const pager = h('div', { class: 'pager' });
  container.replaceChildren(h('section', { class: 'admin-view' },
    h('div', { class: 'admin-head' }, h('h2', {}, t('admin.view.users')),
      h('a', { class: 'button', href: '#/admin/users/new', 'data-action': 'new-user' }, t('admin.users.new'))),
    h('div', { class: 'toolbar' }, q, active, team),
    h('table', { class: 'tasks', 'data-testid': 'admin-users' }, h('thead', {}, h('tr', {}, ...COLUMNS.map((c) => h('th', {}, t(`admin.col.${c}`))))), body),
    pager));

  const row = (u: UserView) => h('tr', { 'data-user': u.userName, 'data-state': userState(u) },
    h('td', { translate: 'no' }, h('a', { href: `#/admin/users/${u.id}` }, u.userName)),
    h('td', {}, bilingualText(u.displayName, currentLanguage())),
    h('td', {}, rolesText(u, choices)),
    h('td', {}, teamsText(u)),
    h('td', { class: `user-state ${userState(u)}` }, stateText(u)),
    h('td', {}, signInText(u)));

  async function refresh(): Promise<void> {
    const query = new URLSearchParams({ skip: String(state.skip), take: String(PAGE_SIZE) });
    if (q.value.trim()) query.set('q', q.value.trim());
    if (active.value) query.set('active', active.value);
    if (team.value) query.set('team', team.value);
    const page = await get<UserPage>(`/api/admin/users?${query}`);
    body.replaceChildren(...page.users.map(row));
    if (page.users.length === 0) body.append(h('tr', {}, h('td', { colspan: String(COLUMNS.length) }, t('admin.users.none'))));
    paintPager(page.total);
  }

  function paintPager(total: number): void {
    const go = (skip: number) => () => { state.skip = skip; void refresh(); };
    pager.replaceChildren(
      h('button', { 'data-action': 'previous', disabled: state.skip === 0, onclick: go(Math.max(0, state.skip - PAGE_SIZE)) }, '‹'),
      h('span', {}, t('admin.users.shown', { from: total ? state.skip + 1 : 0, to: Math.min(total, state.skip + PAGE_SIZE), total })),
      h('button', { 'data-action': 'next', disabled: state.skip + PAGE_SIZE >= total, onclick: go(state.skip + PAGE_SIZE) }, '›'));
  }

  // Search as the admin types, once they pause: one request per word, not per letter.
  let typing: number | undefined;
  q.addEventListener('input', () => { window.clearTimeout(typing); typing = window.setTimeout(() => { state.skip = 0; void refresh(); }, 250); });
  for (const select of [active, team]) select.addEventListener('change', () => { state.skip = 0; void refresh(); });
  await refresh();
}
