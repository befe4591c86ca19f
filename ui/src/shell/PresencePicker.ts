import { get, request } from '../api/http';
import type { Me, Presence } from '../api/types';
import { t } from '../i18n/i18n';
import { h } from './dom';

const STATUSES = ['online', 'busy', 'away', 'offline'] as const;

/** Whether the user works tasks of teams, so has a presence to set. */
export const takesWork = (me: Me) => me.teams.length > 0 || me.roles.includes('agent') || me.roles.includes('risk-analyst');

/** The header's status picker: shows the agent's presence and sets it when they choose another. */
export function presencePicker(): HTMLElement {
  const select = h('select', { 'data-testid': 'presence', 'aria-label': t('presence.label'), onchange: () => void request('PUT', '/api/me/presence', { status: select.value }) },
    ...STATUSES.map((s) => h('option', { value: s }, t(`presence.${s}`))));
  void get<Presence>('/api/me/presence').then((p) => { select.value = p.status; });
  return h('label', { class: 'presence' }, select);
}
