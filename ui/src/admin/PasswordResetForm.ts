import { post } from '../api/http';
import type { ResetPasswordRequest } from '../api/types';
import { t } from '../i18n/i18n';
import { h } from '../shell/dom';
import { field, submitWith } from '../shell/fieldForm';
import { adminProblemText } from './adminProblemText';

/** An admin sets a new password for a user: it also lifts a lock and ends the user's sessions everywhere. */
export function passwordResetForm(userId: string): HTMLElement {
  const password = h('input', { name: 'password', type: 'password', autocomplete: 'new-password', required: true });
  const status = h('p', { class: 'status', role: 'status', 'data-testid': 'reset-password-status' });
  const form = h('form', { class: 'admin-form', 'data-testid': 'reset-password', novalidate: true },
    h('h3', {}, t('admin.password.title')),
    field(t('admin.password.new'), password, 'password', t('admin.password.hint')),
    h('button', { type: 'submit', 'data-action': 'reset-password' }, t('admin.password.reset')), status);
  submitWith(form, status, async () => {
    await post<void>(`/api/admin/users/${userId}/password`, { password: password.value } satisfies ResetPasswordRequest);
    password.value = '';
    return t('admin.password.done');
  }, adminProblemText);
  return form;
}
