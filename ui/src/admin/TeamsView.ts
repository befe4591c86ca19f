import { get, post } from '../api/http';
import type { TeamInput, TeamView } from '../api/types';
import { bilingualText } from '../i18n/bilingualText';
import { currentLanguage, t } from '../i18n/i18n';
import { h } from '../shell/dom';
import { field, submitWith } from '../shell/fieldForm';
import { adminProblemText } from './adminProblemText';

/** Every team (a team is also the queue its tasks are offered to), and a form to make one. */
export async function renderTeams(container: HTMLElement): Promise<void> {
  const body = h('tbody', {});
  container.replaceChildren(h('section', { class: 'admin-view' }, h('h2', {}, t('admin.view.teams')),
    h('table', { class: 'tasks', 'data-testid': 'admin-teams' }, h('thead', {}, h('tr', {},
      h('th', {}, t('admin.team.key')), h('th', {}, t('admin.team.name')), h('th', {}, t('admin.team.members')))), body),
    newTeamForm(() => void refresh())));

  async function refresh(): Promise<void> {
    const teams = await get<TeamView[]>('/api/admin/teams');
    body.replaceChildren(...teams.map((team) => h('tr', { 'data-team': team.key },
      h('td', { translate: 'no' }, h('a', { href: `#/admin/teams/${team.id}` }, team.key)),
      // The name as stored (what the admin edits), not the queue's word the inbox shows for a shipped team.
      h('td', {}, bilingualText(team.name, currentLanguage())),
      h('td', { class: 'count' }, String(team.members.length)))));
  }
  await refresh();
}

/** Key (fixed once made: diagrams name it), name and description of a new team. */
function newTeamForm(created: () => void): HTMLElement {
  const status = h('p', { class: 'status', role: 'status', 'data-testid': 'new-team-status' });
  const form = h('form', { class: 'admin-form', 'data-testid': 'new-team', novalidate: true },
    h('h3', {}, t('admin.teams.new')),
    field(t('admin.team.key'), h('input', { name: 'key', required: true, autocomplete: 'off', translate: 'no', placeholder: 'refunds' }), 'key', t('admin.team.keyHint')),
    field(t('admin.team.name'), h('input', { name: 'name', required: true, autocomplete: 'off' }), 'name', t('admin.user.displayNameHint')),
    field(t('admin.team.description'), h('textarea', { name: 'description', rows: '2' }), 'description'),
    h('button', { type: 'submit', class: 'primary', 'data-action': 'create-team' }, t('admin.teams.create')), status);
  submitWith(form, status, async () => {
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const team = await post<TeamView>('/api/admin/teams', { key: text('key'), name: text('name'), description: text('description') || null } satisfies TeamInput);
    form.reset();
    created();
    return t('admin.teams.created', { key: team.key });
  }, adminProblemText);
  return form;
}
