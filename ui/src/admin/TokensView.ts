import { get, request } from '../api/http';
import type { ApiTokenView, KnownRole } from '../api/types';
import { roleName } from '../i18n/roleName';
import { t } from '../i18n/i18n';
import { actionDialog } from '../manager/ActionDialog';
import { h } from '../shell/dom';
import { localTime } from '../shell/time';
import { newTokenForm } from './NewTokenForm';

const COLUMNS = ['name', 'scopes', 'prefix', 'createdBy', 'createdAt', 'lastUsed', 'revoked', ''] as const;

/** API tokens for programs (SCIM provisioning, scripts): who made each, what it may do, when it was last used; revoking. */
export async function renderTokens(container: HTMLElement): Promise<void> {
  const roles = await get<KnownRole[]>('/api/admin/roles');
  const body = h('tbody', {});
  const scopeName = (scope: string) => (scope === 'scim' ? t('admin.scope.scim') : roleName(scope, roles));
  container.replaceChildren(h('section', { class: 'admin-view' }, h('h2', {}, t('admin.view.tokens')),
    h('table', { class: 'tasks', 'data-testid': 'admin-tokens' },
      h('thead', {}, h('tr', {}, ...COLUMNS.map((c) => h('th', {}, c ? t(`admin.token.${c}`) : '')))), body),
    newTokenForm(roles, scopeName, () => void refresh())));

  const row = (token: ApiTokenView) => h('tr', { 'data-token': token.name, 'data-revoked': String(token.revokedAt !== null) },
    h('td', {}, token.name),
    h('td', {}, token.scopes.map(scopeName).join(', ')),
    h('td', { translate: 'no' }, h('code', {}, `${token.prefix}…`)),
    h('td', { translate: 'no' }, token.createdBy),
    h('td', {}, localTime(token.createdAt)),
    h('td', {}, token.lastUsedAt ? localTime(token.lastUsedAt) : t('admin.token.never')),
    h('td', {}, token.revokedAt ? localTime(token.revokedAt) : '—'),
    h('td', {}, token.revokedAt ? null : h('button', { type: 'button', 'data-action': 'revoke', onclick: () => void revoke(token) }, t('admin.token.revoke'))));

  // Revoking cannot be undone and stops the program using the token at once: ask first.
  async function revoke(token: ApiTokenView): Promise<void> {
    const done = await actionDialog(t('admin.token.revokeTitle', { name: token.name }), [h('p', {}, t('admin.token.revokeWarning'))],
      () => request<void>('DELETE', `/api/admin/tokens/${token.id}`), 'admin.token.revoke');
    if (done) await refresh();
  }

  async function refresh(): Promise<void> {
    const tokens = await get<ApiTokenView[]>('/api/admin/tokens');
    body.replaceChildren(...tokens.map(row));
    if (tokens.length === 0) body.append(h('tr', {}, h('td', { colspan: String(COLUMNS.length) }, t('admin.token.none'))));
  }
  await refresh();
}
