import { post } from '../api/http';
import type { Me, SetupRequest } from '../api/types';
import { adminProblemText } from '../admin/adminProblemText';
import { t } from '../i18n/i18n';
import { h } from '../shell/dom';
import { field, submitWith } from '../shell/fieldForm';

/**
 * The first administrator, on a server that has none: whoever can read the server's log has its one-time setup
 * token, and makes the administrator here. The answer signs them in, as a sign-in would.
 */
export function setupForm(resolve: (me: Me) => void): HTMLElement {
  const input = (name: string, attributes: Record<string, string | boolean> = {}) => h('input', { name, required: true, ...attributes });
  const status = h('p', { class: 'status', role: 'status', 'data-testid': 'setup-status' });
  const form = h('form', { class: 'sign-in setup', 'data-testid': 'setup', novalidate: true },
    h('h1', {}, t('setup.title')),
    h('p', {}, t('setup.explain')),
    field(t('setup.token'), input('setupToken', { autocomplete: 'off', translate: 'no' }), 'setupToken'),
    field(t('signIn.user'), input('userName', { autocomplete: 'username' }), 'userName'),
    field(t('admin.user.displayName'), input('displayName', { autocomplete: 'name' }), 'displayName'),
    field(t('signIn.password'), input('password', { type: 'password', autocomplete: 'new-password' }), 'password', t('admin.password.hint')),
    h('button', { type: 'submit', class: 'primary', 'data-action': 'setup' }, t('setup.submit')), status);
  submitWith(form, status, async () => {
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const request: SetupRequest = { setupToken: text('setupToken'), userName: text('userName'), displayName: text('displayName'),
      password: String(data.get('password') ?? '') };
    resolve(await post<Me>('/api/auth/setup', request));
  }, adminProblemText);
  return form;
}
