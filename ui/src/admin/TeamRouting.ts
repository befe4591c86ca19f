import { ApiError } from '../api/ApiError';
import { request } from '../api/http';
import type { RoutingInput, RoutingSettings } from '../api/types';
import { t } from '../i18n/i18n';
import { h } from '../shell/dom';
import { field, submitWith, tell } from '../shell/fieldForm';

const MODES = ['pull', 'round-robin', 'least-loaded', 'skills'] as const;
type Mode = (typeof MODES)[number];
const isMode = (mode: string): mode is Mode => (MODES as readonly string[]).includes(mode);

/**
 * A team's routing: how its queue is served (pulled by agents, or offered round robin, to the least loaded or by
 * skills), how many tickets and chats an agent holds at once, and how long an offer waits. The API's field names
 * ("capacity.ticket") are the problem places, so its word on a value shows under that value.
 */
export function teamRouting(teamKey: string, initial: RoutingSettings): HTMLElement {
  let saved = initial;
  const mode = h('select', { name: 'mode', 'data-testid': 'routing-mode' }, ...MODES.map((m) => h('option', { value: m }, t(`routing.mode.${m}`))));
  const hint = h('small', { class: 'hint', 'data-testid': 'routing-hint' });
  const number = (name: string, testId: string, min: number, max: number) =>
    h('input', { type: 'number', name, min: String(min), max: String(max), step: '1', inputmode: 'numeric', required: true, 'data-testid': testId });
  const ticket = number('ticket', 'routing-ticket', 0, 100);
  const chat = number('chat', 'routing-chat', 0, 100);
  const timeout = number('offerTimeoutSeconds', 'routing-timeout', 5, 3600);
  const status = h('p', { class: 'status', role: 'status', 'data-testid': 'routing-status' });
  const form = h('form', { class: 'admin-form', 'data-testid': 'routing', novalidate: true },
    h('label', { class: 'field' }, h('span', {}, t('routing.mode')), mode, hint, h('small', { class: 'field-problem', 'data-problem-for': 'mode', role: 'alert' })),
    field(t('routing.ticket'), ticket, 'capacity.ticket'),
    field(t('routing.chat'), chat, 'capacity.chat'),
    field(t('routing.timeout'), timeout, 'offerTimeoutSeconds', t('routing.timeoutHint')),
    h('button', { type: 'submit', class: 'primary', 'data-testid': 'routing-save' }, t('routing.save')), status);

  const shown = (): RoutingInput => ({
    mode: mode.value,
    capacity: { ticket: whole(ticket, 'capacity.ticket'), chat: whole(chat, 'capacity.chat') },
    offerTimeoutSeconds: whole(timeout, 'offerTimeoutSeconds'),
  });
  const explain = () => { hint.textContent = isMode(mode.value) ? t(`routing.hint.${mode.value}`) : ''; };
  function paint(settings: RoutingSettings): void {
    saved = settings;
    // A mode this page has no word for (a newer server's) is still shown, as its code.
    if (!isMode(settings.mode) && ![...mode.options].some((o) => o.value === settings.mode))
      mode.append(h('option', { value: settings.mode, translate: 'no' }, settings.mode));
    mode.value = settings.mode;
    ticket.value = String(settings.capacity.ticket);
    chat.value = String(settings.capacity.chat);
    timeout.value = String(settings.offerTimeoutSeconds);
    form.dataset.state = 'saved';
    explain();
  }
  // Whether what the form shows is what the team has: said as soon as a value changes.
  form.addEventListener('input', () => {
    explain();
    let same = false;
    try {
      const now = shown();
      same = now.mode === saved.mode && now.capacity?.ticket === saved.capacity.ticket && now.capacity?.chat === saved.capacity.chat
        && now.offerTimeoutSeconds === saved.offerTimeoutSeconds;
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
    }
    form.dataset.state = same ? 'saved' : 'changed';
    tell(status, same ? '' : t('routing.unsaved'));
  });
  submitWith(form, status, async () => {
    paint(await request<RoutingSettings>('PUT', `/api/admin/teams/${encodeURIComponent(teamKey)}/routing`, shown()));
    return t('routing.saved');
  });

  paint(initial);
  return h('section', { class: 'team-routing' }, h('h3', {}, t('routing.title')), form);
}

/** A number field's whole number; an empty field sends nothing (the API keeps the value), anything else is a problem under it. */
function whole(input: HTMLInputElement, name: string): number | null {
  const text = input.value.trim();
  if (text === '') return null;
  const value = Number(text);
  if (!Number.isInteger(value)) throw new ApiError(400, t('routing.wholeNumber'), name);
  return value;
}
