import { post } from '../api/http';
import type { CreateApiTokenRequest, CreatedApiToken, KnownRole } from '../api/types';
import { t } from '../i18n/i18n';
import { h } from '../shell/dom';
import { checkbox, field, fieldGroup, submitWith } from '../shell/fieldForm';
import { adminProblemText } from './adminProblemText';

/**
 * A new token: its name and scopes ("scim" for provisioning, or roles it acts with). The server keeps only a hash,
 * so the secret is shown here once, to copy into the program that will use it.
 */
export function newTokenForm(roles: readonly KnownRole[], scopeName: (scope: string) => string, created: () => void): HTMLElement {
  const status = h('p', { class: 'status', role: 'status', 'data-testid': 'new-token-status' });
  const secret = h('div', { class: 'token-secret', hidden: true });
  const scopes = ['scim', ...roles.map((r) => r.key)];
  const form = h('form', { class: 'admin-form', 'data-testid': 'new-token', novalidate: true },
    h('h3', {}, t('admin.tokens.new')),
    field(t('admin.token.name'), h('input', { name: 'name', required: true, autocomplete: 'off', placeholder: t('admin.token.namePlaceholder') }), 'name'),
    fieldGroup(t('admin.token.scopes'), 'scopes', ...scopes.map((s) => checkbox('scopes', s, scopeName(s), false))),
    h('button', { type: 'submit', class: 'primary', 'data-action': 'create-token' }, t('admin.tokens.create')), status);
  submitWith(form, status, async () => {
    const data = new FormData(form);
    const request: CreateApiTokenRequest = { name: String(data.get('name') ?? '').trim(), scopes: data.getAll('scopes').map(String) };
    const token = await post<CreatedApiToken>('/api/admin/tokens', request);
    form.reset();
    showSecret(secret, token);
    created();
    return t('admin.tokens.created', { name: token.name });
  }, adminProblemText);
  return h('div', {}, form, secret);
}

function showSecret(box: HTMLElement, token: CreatedApiToken): void {
  const value = h('input', { readonly: true, value: token.token, 'data-testid': 'token-secret', 'aria-label': t('admin.tokens.secret'),
    translate: 'no', size: '60', onfocus: (e: Event) => (e.target as HTMLInputElement).select() });
  const copy = h('button', { type: 'button', 'data-action': 'copy-secret', onclick: async () => {
    value.select();
    try {
      await navigator.clipboard.writeText(token.token);
      copy.textContent = t('admin.tokens.copied');
    } catch {
      // No clipboard outside a secure context (plain HTTP): the secret stays selected, for Ctrl+C.
    }
  } }, t('admin.tokens.copy'));
  box.replaceChildren(h('p', {}, h('strong', {}, t('admin.tokens.secretOnce', { name: token.name }))), h('div', { class: 'toolbar' }, value, copy));
  box.hidden = false;
  value.focus();
}
