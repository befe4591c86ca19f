import { get } from '../api/http';
import type { AuditEntry, AuditPage } from '../api/types';
import { t } from '../i18n/i18n';
import { messages, type MessageKey } from '../i18n/messages';
import { h } from '../shell/dom';
import { localTime, userTimeZone } from '../shell/time';
import { ACTION_PREFIXES, auditQuery, type AuditFilter } from './auditQuery';
import { prettyJson } from './prettyJson';

const COLUMNS = ['at', 'actor', 'action', 'target', 'address', 'changes'] as const;

/**
 * The audit log, newest first: who changed which user, team or token, every sign-in, from where; filtered by
 * actor, kind of action, target and time, a page at a time, and the same filter as a CSV download.
 */
export function renderAudit(container: HTMLElement): void {
  const input = (name: keyof AuditFilter, type = 'text') => h('input', { name, type, autocomplete: 'off' });
  const inputs = { actor: input('actor'), target: input('target'), from: input('from', 'datetime-local'), to: input('to', 'datetime-local') };
  const action = h('select', { name: 'action' }, ...ACTION_PREFIXES.map((p) => h('option', { value: p }, t(`admin.audit.actions.${p || 'all'}`))));
  const csv = h('a', { class: 'button', 'data-action': 'csv', download: 'audit.csv' }, t('admin.audit.csv'));
  const body = h('tbody', {});
  const more = h('button', { type: 'button', 'data-action': 'more', hidden: true }, t('admin.audit.more'));
  const label = (key: MessageKey, control: HTMLElement) => h('label', { class: 'field' }, h('span', {}, t(key)), control);
  const filters = h('form', { class: 'toolbar audit-filters', 'data-testid': 'audit-filters' },
    label('admin.audit.actor', inputs.actor), label('admin.audit.action', action), label('admin.audit.target', inputs.target),
    label('admin.audit.from', inputs.from), label('admin.audit.to', inputs.to),
    h('button', { type: 'submit', class: 'primary', 'data-action': 'filter' }, t('admin.audit.show')), csv);
  container.replaceChildren(h('section', { class: 'admin-view' }, h('h2', {}, t('admin.view.audit')), filters,
    h('table', { class: 'tasks audit', 'data-testid': 'admin-audit' },
      h('thead', {}, h('tr', {}, ...COLUMNS.map((c) => h('th', {}, t(`admin.audit.col.${c}`))))), body), more));

  const filter = (): AuditFilter => ({ actor: inputs.actor.value, action: action.value, target: inputs.target.value, from: inputs.from.value, to: inputs.to.value });
  let last: number | undefined;

  async function load(append: boolean): Promise<void> {
    const page = await get<AuditPage>(`/api/admin/audit?${auditQuery(filter(), userTimeZone(), append ? last : undefined)}`);
    if (!append) body.replaceChildren();
    body.append(...page.entries.map(row));
    if (!append && page.entries.length === 0) body.append(h('tr', {}, h('td', { colspan: String(COLUMNS.length) }, t('admin.audit.none'))));
    last = page.entries.at(-1)?.id ?? (append ? last : undefined);
    more.hidden = !page.more;
  }

  const reload = () => {
    csv.href = `/api/admin/audit.csv?${auditQuery(filter(), userTimeZone())}`;
    void load(false);
  };
  filters.addEventListener('submit', (e) => { e.preventDefault(); reload(); });
  action.addEventListener('change', reload);
  more.addEventListener('click', () => void load(true));
  reload();
}

function row(entry: AuditEntry): HTMLElement {
  const changes = (key: MessageKey, json: string | null) =>
    json ? h('details', { 'data-change': key }, h('summary', {}, t(key)), h('pre', { translate: 'no' }, prettyJson(json))) : null;
  return h('tr', { 'data-entry': String(entry.id), 'data-audit-action': entry.action },
    h('td', { class: 'at' }, localTime(entry.at, true)),
    h('td', { translate: 'no' }, entry.actor),
    h('td', {}, known(`admin.audit.action.${entry.action}`) ?? entry.action),
    h('td', {}, `${known(`admin.audit.kind.${entry.targetKind}`) ?? entry.targetKind} `, h('span', { translate: 'no' }, entry.targetName ?? entry.targetId ?? '')),
    h('td', { translate: 'no' }, entry.address ?? ''),
    h('td', {}, changes('admin.audit.before', entry.before), changes('admin.audit.after', entry.after)));
}

/** The words for a code the app knows; undefined for one it does not (a module's own action), shown as sent. */
function known(key: string): string | undefined {
  return key in messages.en ? t(key as MessageKey) : undefined;
}
