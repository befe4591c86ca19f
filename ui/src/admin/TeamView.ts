import { get, request } from '../api/http';
import type { BusinessHoursView, RoutingSettings, ShiftView, TeamInput, TeamMemberInput, TeamView } from '../api/types';
import { bilingualText } from '../i18n/bilingualText';
import { currentLanguage, t } from '../i18n/i18n';
import { h } from '../shell/dom';
import { field, submitWith } from '../shell/fieldForm';
import { adminProblemText } from './adminProblemText';
import { teamHours } from './TeamHours';
import { teamMembers } from './TeamMembers';
import { teamRoster } from './TeamRoster';
import { teamRouting } from './TeamRouting';
import { teamShifts } from './TeamShifts';

/**
 * #/admin/teams/{id}: the team's name and description, its members, how its work is routed, its business hours (for
 * SLA clocks), its shifts and its weekly roster. Its key stays: diagrams name it.
 */
export async function renderTeam(container: HTMLElement, id: string): Promise<void> {
  const team = await get<TeamView>(`/api/admin/teams/${id}`);
  const key = encodeURIComponent(team.key);
  const [routing, hours, shifts] = await Promise.all([get<RoutingSettings>(`/api/admin/teams/${key}/routing`),
    get<BusinessHoursView>(`/api/admin/teams/${key}/business-hours`), get<ShiftView[]>(`/api/teams/${key}/shifts`)]);
  const roster = teamRoster(team.key, team.members, shifts);
  const heading = h('h2', {});
  const status = h('p', { class: 'status', role: 'status', 'data-testid': 'team-form-status' });
  const name = h('input', { name: 'name', required: true, autocomplete: 'off', value: team.name });
  const description = h('textarea', { name: 'description', rows: '2' }, team.description ?? '');
  const form = h('form', { class: 'admin-form', 'data-testid': 'team-form', novalidate: true },
    field(t('admin.team.name'), name, 'name', t('admin.user.displayNameHint')),
    field(t('admin.team.description'), description, 'description'),
    h('button', { type: 'submit', class: 'primary', 'data-action': 'save-team' }, t('admin.save')), status);
  const paint = (shown: TeamView) => { heading.replaceChildren(`${bilingualText(shown.name, currentLanguage())} (`, h('span', { translate: 'no' }, shown.key), ')'); };
  // Every membership change sends the whole list, as the API takes it; the answer is the team as it now is.
  const saveMembers = async (members: TeamMemberInput[]) => {
    const saved = await request<TeamView>('PATCH', `/api/admin/teams/${id}`, { members } satisfies TeamInput);
    paint(saved);
    roster.setMembers(saved.members);
    return saved;
  };
  container.replaceChildren(h('section', { class: 'admin-view' },
    h('a', { href: '#/admin/teams', class: 'back' }, `← ${t('admin.view.teams')}`), heading, form, teamMembers(team, saveMembers),
    teamRouting(team.key, routing), teamHours(team.key, hours), teamShifts(team.key, shifts, (changed) => roster.setShifts(changed)), roster.element));
  submitWith(form, status, async () => {
    // An empty description clears it (the API leaves a null field as it was).
    paint(await request<TeamView>('PATCH', `/api/admin/teams/${id}`, { name: name.value.trim(), description: description.value.trim() } satisfies TeamInput));
    return t('admin.saved');
  }, adminProblemText);
  paint(team);
}
