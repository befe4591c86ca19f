import type { UserInput, UserView } from '../api/types';
import { bilingualText } from '../i18n/bilingualText';
import { currentLanguage, t } from '../i18n/i18n';
import { queueName } from '../i18n/queueName';
import { roleName } from '../i18n/roleName';
import { h } from '../shell/dom';
import { checkbox, field, fieldGroup } from '../shell/fieldForm';
import type { Choices } from './choices';
import { formatList, parseList } from './lists';

/** The user form's parts: the form, its status line, and what it holds as the API's UserInput. */
export interface UserForm {
  form: HTMLFormElement;
  status: HTMLElement;
  read(): UserInput;
}

/**
 * The fields of a user, empty for a new one (with an initial password) or filled from `user` to change them. Each
 * input is named after its API field, so a problem's `field` finds it.
 */
export function userForm({ roles, teams }: Choices, user: UserView | null, testId: string): UserForm {
  const input = (name: string, attributes: Record<string, string | boolean> = {}) =>
    h('input', { name, autocomplete: 'off', ...attributes });
  const status = h('p', { class: 'status', role: 'status', 'data-testid': `${testId}-status` });
  const form = h('form', { class: 'admin-form', 'data-testid': testId, novalidate: true },
    field(t('admin.user.userName'), input('userName', { value: user?.userName ?? '', required: true, translate: 'no' }), 'userName'),
    field(t('admin.user.displayName'), input('displayName', { value: user?.displayName ?? '', required: true }), 'displayName', t('admin.user.displayNameHint')),
    field(t('admin.user.email'), input('email', { type: 'email', value: user?.email ?? '' }), 'email'),
    fieldGroup(t('admin.col.roles'), 'roles', ...roles.map((r) => checkbox('roles', r.key, roleName(r.key, roles), user?.roles.includes(r.key) ?? false))),
    fieldGroup(t('admin.col.teams'), 'teams', ...teams.map((team) => teamRow(team.key, queueName(team.key, teams), user))),
    field(t('admin.user.skills'), input('skills', { value: formatList(user?.skills ?? []) }), 'skills', t('admin.commaHint')),
    field(t('admin.user.languages'), input('languages', { value: formatList(user?.languages ?? []), placeholder: 'zh-CN, en', translate: 'no' }), 'languages', t('admin.commaHint')),
    user ? null : field(t('admin.user.password'), input('password', { type: 'password', autocomplete: 'new-password' }), 'password', t('admin.user.passwordHint')),
    h('button', { type: 'submit', class: 'primary', 'data-action': 'save-user' }, t(user ? 'admin.save' : 'admin.users.create')),
    status);

  function read(): UserInput {
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const leads = new Set(data.getAll('lead').map(String));
    return {
      userName: text('userName'), displayName: text('displayName'), email: text('email'),
      roles: data.getAll('roles').map(String),
      teams: data.getAll('teams').map(String).map((key) => ({ key, lead: leads.has(key) })),
      skills: parseList(text('skills')), languages: parseList(text('languages')),
      // No password for someone who will sign in with the company account; the server says when one is too weak.
      // A password is sent as typed: spaces may be part of it.
      ...(user ? {} : { password: String(data.get('password') ?? '') || null }),
    };
  }
  return { form, status, read };
}

/** A team's checkbox and, beside it, whether the user leads it: leading implies membership, and leaving ends leading. */
function teamRow(key: string, name: string, user: UserView | null): HTMLElement {
  const membership = user?.teams.find((team) => team.key === key);
  const member = checkbox('teams', key, name, membership !== undefined);
  const lead = checkbox('lead', key, t('admin.lead'), membership?.lead ?? false, { 'aria-label': `${t('admin.lead')}: ${name}` });
  const [memberBox, leadBox] = [member.querySelector('input')!, lead.querySelector('input')!];
  memberBox.addEventListener('change', () => { if (!memberBox.checked) leadBox.checked = false; });
  leadBox.addEventListener('change', () => { if (leadBox.checked) memberBox.checked = true; });
  return h('div', { class: 'team-choice', 'data-team': key }, member, lead);
}

/** A user's name as headings show it. */
export const shownName = (user: UserView) => bilingualText(user.displayName, currentLanguage());
