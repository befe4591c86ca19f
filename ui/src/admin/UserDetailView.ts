import { ApiError } from '../api/ApiError';
import { get, request } from '../api/http';
import type { UserInput, UserView } from '../api/types';
import { t } from '../i18n/i18n';
import { h } from '../shell/dom';
import { submitWith, tell } from '../shell/fieldForm';
import { localTime } from '../shell/time';
import { adminProblemText } from './adminProblemText';
import { loadChoices } from './choices';
import { passwordResetForm } from './PasswordResetForm';
import { shownName, userForm } from './UserForm';
import { signInText, stateText } from './userText';

/** #/admin/users/{id}: one user's fields to change, deactivation or reactivation, and a password reset. */
export async function renderUser(container: HTMLElement, id: string): Promise<void> {
  const [user, choices] = await Promise.all([get<UserView>(`/api/admin/users/${id}`), loadChoices()]);
  const { form, status, read } = userForm(choices, user, 'user-form');
  const heading = h('h2', {});
  const facts = h('p', { class: 'hint', 'data-testid': 'user-facts' });
  const activeButton = h('button', { type: 'button', 'data-testid': 'user-active' });
  const activeStatus = h('p', { class: 'status', role: 'status', 'data-testid': 'user-active-status' });
  container.replaceChildren(h('section', { class: 'admin-view' },
    h('a', { href: '#/admin/users', class: 'back' }, `← ${t('admin.view.users')}`), heading, facts,
    h('div', { class: 'toolbar' }, activeButton, activeStatus), form, passwordResetForm(id)));

  function paint(shown: UserView): void {
    heading.replaceChildren(`${shownName(shown)} (`, h('span', { translate: 'no' }, shown.userName), ')');
    facts.textContent = [stateText(shown), `${t('admin.col.signIn')}: ${signInText(shown)}`,
      t('admin.user.since', { at: localTime(shown.createdAt) })].join(' · ');
    facts.dataset.state = shown.active ? 'active' : 'deactivated';
    activeButton.textContent = t(shown.active ? 'admin.user.deactivate' : 'admin.user.reactivate');
    activeButton.dataset.action = shown.active ? 'deactivate' : 'reactivate';
    activeButton.onclick = () => void setActive(!shown.active);
  }

  async function setActive(active: boolean): Promise<void> {
    activeButton.disabled = true;
    try {
      paint(await request<UserView>('PATCH', `/api/admin/users/${id}`, { active } satisfies UserInput));
      tell(activeStatus, t(active ? 'admin.user.reactivated' : 'admin.user.deactivated'));
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      tell(activeStatus, error.message, true);
    } finally {
      activeButton.disabled = false;
    }
  }

  submitWith(form, status, async () => {
    paint(await request<UserView>('PATCH', `/api/admin/users/${id}`, read()));
    return t('admin.saved');
  }, adminProblemText);
  paint(user);
}
