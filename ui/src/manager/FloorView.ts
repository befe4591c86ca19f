import { get } from '../api/http';
import type { CurrentShift, FloorAgent, FloorView } from '../api/types';
import { bilingualText } from '../i18n/bilingualText';
import { currentLanguage, t } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { h } from '../shell/dom';
import { localTime, userTimeZone } from '../shell/time';
import { atCapacity, loadText, shiftHours } from './floorText';

const COLUMNS = ['agent', 'presence', 'since', 'tickets', 'chats', 'shift'] as const;

/**
 * #/manager/floor: every agent, online or not, with their status, the open tasks they hold of the capacity the
 * routing gives them per channel, and the shift they are on; refreshed every few seconds.
 */
export function renderFloor(container: HTMLElement): () => void {
  const body = h('tbody', {});
  container.replaceChildren(h('section', { class: 'floor' }, h('h2', {}, t('floor.title')),
    h('table', { class: 'tasks', 'data-testid': 'floor' }, h('thead', {}, h('tr', {}, ...COLUMNS.map((c) => h('th', {}, t(`floor.col.${c}`))))), body)));
  const refresh = async () => {
    const floor = await get<FloorView>('/api/manager/floor');
    body.replaceChildren(...floor.agents.map(row));
    if (floor.agents.length === 0) body.append(h('tr', {}, h('td', { colspan: String(COLUMNS.length) }, t('floor.empty'))));
  };
  void refresh();
  const timer = window.setInterval(() => void refresh().catch(() => undefined), 5000);
  return () => window.clearInterval(timer);
}

function row(agent: FloorAgent): HTMLElement {
  return h('tr', { 'data-agent': agent.userName, 'data-presence': agent.presence },
    h('td', {}, bilingualText(agent.displayName, currentLanguage()), ' ', h('small', { translate: 'no' }, agent.userName)),
    h('td', { class: `presence ${agent.presence}` }, t(`presence.${agent.presence}` as MessageKey)),
    h('td', {}, localTime(agent.since ?? null)),
    load(agent.load.ticket, agent.capacity?.ticket, 'ticket'), load(agent.load.chat, agent.capacity?.chat, 'chat'),
    shiftCell(agent.shift));
}

/** The shift the agent is on now, its hours on the manager's clock; or that they are off shift. */
function shiftCell(shift: CurrentShift | null): HTMLElement {
  if (!shift) return h('td', { class: 'off-shift', 'data-shift': '' }, t('floor.offShift'));
  return h('td', { 'data-shift': shift.name }, h('span', { translate: 'no' }, shift.name), ' ', shiftHours(shift.startsAt, shift.endsAt, userTimeZone()));
}

/** "2/3" of a channel: open tasks of the capacity, marked when full; the count alone when no routed team gives a capacity. */
function load(count: number, capacity: number | undefined, channel: 'ticket' | 'chat'): HTMLElement {
  const full = atCapacity(count, capacity);
  return h('td', { class: full ? 'load full' : 'load', 'data-channel': channel, 'data-load': String(count), 'data-capacity': capacity ?? '',
    title: capacity === undefined ? null : t('floor.loadOf', { load: count, capacity }) }, loadText(count, capacity));
}
