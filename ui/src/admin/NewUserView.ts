import { post } from '../api/http';
import type { UserView } from '../api/types';
import { t } from '../i18n/i18n';
import { h } from '../shell/dom';
import { submitWith, tell } from '../shell/fieldForm';
import { adminProblemText } from './adminProblemText';
import { loadChoices } from './choices';
import { userForm } from './UserForm';

/**
 * #/admin/users/new: a new user. The form empties after each one, with a link to the user made, so that an admin
 * adding a team's people goes on typing.
 */
export async function renderNewUser(container: HTMLElement): Promise<void> {
  const { form, status, read } = userForm(await loadChoices(), null, 'new-user');
  container.replaceChildren(h('section', { class: 'admin-view' },
    h('a', { href: '#/admin/users', class: 'back' }, `← ${t('admin.view.users')}`), h('h2', {}, t('admin.users.new')), form));
  submitWith(form, status, async () => {
    const user = await post<UserView>('/api/admin/users', read());
    form.reset();
    tell(status, t('admin.users.created', { userName: user.userName }));
    status.append(' ', h('a', { href: `#/admin/users/${user.id}`, 'data-action': 'open-user' }, t('admin.users.open')));
  }, adminProblemText);
  form.querySelector('input')?.focus();
}
