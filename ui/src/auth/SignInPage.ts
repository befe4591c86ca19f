import { ApiError } from '../api/ApiError';
import { post } from '../api/http';
import type { LoginRequest, Me } from '../api/types';
import { t } from '../i18n/i18n';
import { h } from '../shell/dom';

/** The sign-in form; resolves with the signed-in user. */
export function signIn(container: HTMLElement): Promise<Me> {
  return new Promise((resolve) => {
    const user = h('input', { id: 'user', name: 'userName', autocomplete: 'username', required: true });
    const password = h('input', { id: 'password', name: 'password', type: 'password', autocomplete: 'current-password', required: true });
    const error = h('p', { class: 'error', role: 'alert' });
    const form = h('form', { class: 'sign-in' },
      h('h1', {}, t('signIn.title')),
      h('label', { for: 'user' }, t('signIn.user')), user,
      h('label', { for: 'password' }, t('signIn.password')), password,
      h('button', { type: 'submit' }, t('signIn.submit')), error);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      try {
        resolve(await post<Me>('/api/auth/login', { userName: user.value, password: password.value } satisfies LoginRequest));
      } catch (e) {
        error.textContent = e instanceof ApiError && e.status === 401 ? t('signIn.failed') : String((e as Error).message);
      }
    });
    container.replaceChildren(form);
    user.focus();
  });
}
