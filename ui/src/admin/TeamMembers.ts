import { ApiError } from '../api/ApiError';
import type { TeamMemberInput, TeamMemberView, TeamView } from '../api/types';
import { bilingualText } from '../i18n/bilingualText';
import { currentLanguage, t } from '../i18n/i18n';
import { h } from '../shell/dom';
import { field, submitWith, tell } from '../shell/fieldForm';
import { adminProblemText } from './adminProblemText';

type SaveMembers = (members: TeamMemberInput[]) => Promise<TeamView>;

/** A team's members, each with whether they lead it and a Remove button, and a form to add one by user name. */
export function teamMembers(team: TeamView, save: SaveMembers): HTMLElement {
  let members = team.members;
  const body = h('tbody', {});
  const status = h('p', { class: 'status', role: 'status', 'data-testid': 'team-members-status' });
  const listed = (list: readonly TeamMemberView[]): TeamMemberInput[] => list.map((m) => ({ userName: m.userName, lead: m.lead }));

  async function change(next: TeamMemberInput[], done: string): Promise<void> {
    try {
      members = (await save(next)).members;
      tell(status, done);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      tell(status, adminProblemText(error), true);
    }
    paint();
  }

  const setLead = (userName: string, lead: boolean) =>
    change(listed(members).map((m) => m.userName === userName ? { ...m, lead } : m), t('admin.saved'));
  const remove = (userName: string) =>
    change(listed(members.filter((m) => m.userName !== userName)), t('admin.team.removed', { userName }));

  const row = (m: TeamMemberView) => h('tr', { 'data-member': m.userName, 'data-active': String(m.active) },
    h('td', { translate: 'no' }, h('a', { href: `#/admin/users/${m.userId}` }, m.userName)),
    h('td', {}, bilingualText(m.displayName, currentLanguage()), m.active ? null : h('small', {}, ` (${t('admin.state.deactivated')})`)),
    h('td', {}, h('input', { type: 'checkbox', name: 'lead', value: m.userName, checked: m.lead, 'aria-label': `${t('admin.lead')}: ${m.userName}`, translate: 'no',
      onchange: (e: Event) => void setLead(m.userName, (e.target as HTMLInputElement).checked) })),
    h('td', {}, h('button', { type: 'button', 'data-action': 'remove-member', onclick: () => void remove(m.userName) }, t('admin.team.remove'))));

  function paint(): void {
    body.replaceChildren(...members.map(row));
    if (members.length === 0) body.append(h('tr', {}, h('td', { colspan: '4' }, t('admin.team.noMembers'))));
  }

  const userName = h('input', { name: 'userName', required: true, autocomplete: 'off', translate: 'no' });
  const lead = h('input', { type: 'checkbox', name: 'lead' });
  const addStatus = h('p', { class: 'status', role: 'status', 'data-testid': 'add-member-status' });
  // The API names a wrong user name in the "members" field: its problem place sits under the user name.
  const add = h('form', { class: 'admin-form inline', 'data-testid': 'add-member', novalidate: true },
    field(t('admin.col.userName'), userName, 'members'),
    h('label', { class: 'check' }, lead, ` ${t('admin.lead')}`),
    h('button', { type: 'submit', 'data-action': 'add-member' }, t('admin.team.add')), addStatus);
  submitWith(add, addStatus, async () => {
    const name = userName.value.trim();
    // Someone already in the team keeps one membership, with the lead box as now ticked.
    const others = listed(members.filter((m) => m.userName.toLowerCase() !== name.toLowerCase()));
    members = (await save([...others, { userName: name, lead: lead.checked }])).members;
    paint();
    add.reset();
    return t('admin.team.added', { userName: name });
  }, adminProblemText);

  paint();
  return h('section', { class: 'team-members' }, h('h3', {}, t('admin.team.members')),
    h('table', { class: 'tasks', 'data-testid': 'team-members' }, h('thead', {}, h('tr', {},
      h('th', {}, t('admin.col.userName')), h('th', {}, t('admin.col.displayName')), h('th', {}, t('admin.lead')), h('th', {}, ''))), body),
    status, add);
}
