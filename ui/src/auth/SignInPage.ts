import { ApiError } from '../api/ApiError';
import { get, post } from '../api/http';
import type { LoginRequest, Me, SignInOptions } from '../api/types';
import { bilingualText } from '../i18n/bilingualText';
import { currentLanguage, t } from '../i18n/i18n';
import { h } from '../shell/dom';
import { setupForm } from './SetupForm';
import { SSO_REASONS, ssoRefusal } from './ssoRefusal';

/**
 * The sign-in page; resolves with the signed-in user. A server without an administrator asks for the first one
 * instead; a server with company sign-in offers it beside the password.
 */
export async function signIn(container: HTMLElement): Promise<Me> {
  const options = await signInOptions();
  return new Promise((resolve) => {
    container.replaceChildren(options.setupRequired ? setupForm(resolve) : passwordForm(resolve, options.companySignIn));
    container.querySelector('input')?.focus();
  });
}

/** What the server offers; a server that cannot say offers a password alone, as before it could. */
async function signInOptions(): Promise<SignInOptions> {
  try {
    return await get<SignInOptions>('/api/auth/options');
  } catch (e) {
    if (!(e instanceof ApiError)) throw e;
    return { companySignIn: null, setupRequired: false };
  }
}

function passwordForm(resolve: (me: Me) => void, company: string | null): HTMLElement {
  const user = h('input', { id: 'user', name: 'userName', autocomplete: 'username', required: true });
  const password = h('input', { id: 'password', name: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const error = h('p', { class: 'error', role: 'alert', 'data-testid': 'sign-in-error' }, refusalText());
  const form = h('form', { class: 'sign-in' },
    h('h1', {}, t('signIn.title')),
    h('label', { for: 'user' }, t('signIn.user')), user,
    h('label', { for: 'password' }, t('signIn.password')), password,
    h('button', { type: 'submit' }, t('signIn.submit')), error,
    company ? h('p', { class: 'or' }, t('signIn.or')) : null,
    company ? h('a', { class: 'button sso', href: '/api/auth/sso', 'data-action': 'sso' },
      t('signIn.with', { name: bilingualText(company, currentLanguage()) })) : null);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      resolve(await post<Me>('/api/auth/login', { userName: user.value, password: password.value } satisfies LoginRequest));
    } catch (e) {
      // A wrong name or password says no more than that; a lockout (423, with its end) and a deactivated account
      // (403) say what happened, in the words http.ts found for their codes.
      error.textContent = e instanceof ApiError && e.status === 401 ? t('signIn.failed') : String((e as Error).message);
    }
  });
  return form;
}

/** Why company sign-in sent the user back here, if it did. */
function refusalText(): string {
  const reason = ssoRefusal(location.hash);
  if (!reason) return '';
  const known = SSO_REASONS[reason];
  return t('signIn.ssoRefused', { reason: known ? t(known) : reason });
}
