import { get } from '../api/http';
import type { FloorAgent, FloorView } from '../api/types';
import { bilingualText } from '../i18n/bilingualText';
import { currentLanguage, t } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { h } from '../shell/dom';
import { localTime } from '../shell/time';

const COLUMNS = ['agent', 'presence', 'since', 'tickets', 'chats'] as const;

/** #/manager/floor: every agent, online or not, with their status and the open tasks they hold; refreshed every few seconds. */
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
    h('td', {}, String(agent.load.ticket)), h('td', {}, String(agent.load.chat)));
}
