import { ApiError } from '../api/ApiError';
import { request } from '../api/http';
import type { SlaPolicyInput, SlaPolicySaved, SlaPolicyView } from '../api/types';
import { t, word, type WordKind } from '../i18n/i18n';
import { h } from '../shell/dom';
import { field, showProblem, submitWith } from '../shell/fieldForm';
import { parseWhole } from './slaMinutes';
import { CHANNELS, isGeneral, PRIORITIES, SEGMENTS } from './slaScope';
import { localTarget, scopeText } from './slaText';

export const SLA_POLICIES = '/api/admin/sla/policies';

/** The policy form, and how the table opens it: for a new policy (null) or to change one. */
export interface SlaPolicyForm {
  element: HTMLElement;
  open(policy: SlaPolicyView | null): void;
}

/**
 * The form that adds an SLA policy or changes one: what it covers (any segment or channel when left so), its
 * targets in minutes, when supervisors are warned, how the clock runs, and whether the open cases it governs are
 * recomputed. Hidden until opened; `saved` hears the sentence to show once the API took it.
 */
export function slaPolicyForm(saved: (done: string) => Promise<void>): SlaPolicyForm {
  let editing: SlaPolicyView | null = null;
  const choice = (name: string, testId: string, kind: WordKind, codes: readonly string[], any: boolean) =>
    h('select', { name, 'data-testid': testId }, any ? h('option', { value: '' }, t('sla.any')) : null, ...codes.map((c) => h('option', { value: c }, word(kind, c))));
  const priority = choice('priority', 'sla-priority', 'priority', PRIORITIES, false);
  const segment = choice('segment', 'sla-segment', 'segment', SEGMENTS, true);
  const channel = choice('channel', 'sla-channel', 'channel', CHANNELS, true);
  const number = (name: string, testId: string, min: number, max?: number) =>
    h('input', { type: 'number', name, min: String(min), max: max && String(max), step: '1', inputmode: 'numeric', size: '7', 'data-testid': testId });
  const first = number('firstResponseMinutes', 'sla-first', 1);
  const resolution = number('resolutionMinutes', 'sla-resolution', 1);
  const warn = number('warnAtPercent', 'sla-warn', 1, 99);
  const tick = (name: string, testId: string) => h('input', { type: 'checkbox', name, 'data-testid': testId });
  const business = tick('businessHoursOnly', 'sla-business-hours');
  const pause = tick('pauseWhileWaiting', 'sla-pause');
  const recompute = tick('recompute', 'sla-recompute');
  const check = (input: HTMLInputElement, label: string, hint?: string) =>
    h('label', { class: 'check' }, input, ` ${label}`, hint ? h('small', { class: 'hint' }, h('br', {}), hint) : null);
  const legend = h('h4', {});
  const fixed = h('small', { class: 'hint', 'data-testid': 'sla-general-fixed' }, t('sla.generalFixed'));
  const status = h('p', { class: 'status', role: 'status', 'data-testid': 'sla-form-status' });
  const form = h('form', { class: 'admin-form', 'data-testid': 'sla-form', novalidate: true, hidden: true }, legend,
    field(t('sla.priority'), priority, 'priority'), field(t('sla.segment'), segment, 'segment'), field(t('sla.channel'), channel, 'channel'), fixed,
    field(t('sla.first'), first, 'firstResponseMinutes'), field(t('sla.resolution'), resolution, 'resolutionMinutes'),
    field(t('sla.warn'), warn, 'warnAtPercent', t('sla.warnHint')),
    check(business, t('sla.businessHours')), check(pause, t('sla.pause')), check(recompute, t('sla.recompute'), t('sla.recomputeHint')),
    h('div', { class: 'toolbar' }, h('button', { type: 'submit', class: 'primary', 'data-testid': 'sla-save' }, t('sla.save')),
      h('button', { type: 'button', 'data-testid': 'sla-cancel', onclick: () => close() }, t('sla.cancel'))), status);

  // Minutes as hours beside the field as they are typed: 480 is "8 h".
  for (const input of [first, resolution]) {
    const reading = h('small', { class: 'hint', 'aria-live': 'polite' });
    input.after(reading);
    input.addEventListener('input', () => {
      const minutes = parseWhole(input.value);
      reading.textContent = typeof minutes === 'number' && minutes >= 60 ? `= ${localTarget(minutes)}` : '';
    });
  }

  function open(policy: SlaPolicyView | null): void {
    editing = policy;
    form.hidden = false;
    form.dataset.editing = policy?.id ?? '';
    legend.textContent = policy ? t('sla.editing', { policy: scopeText(policy) }) : t('sla.new');
    priority.value = policy?.priority ?? 'normal';
    segment.value = policy?.segment ?? '';
    channel.value = policy?.channel ?? '';
    // A priority's general policy stays what it is: only its targets and clock change.
    const general = policy !== null && isGeneral(policy);
    for (const select of [priority, segment, channel]) select.disabled = general;
    fixed.hidden = !general;
    first.value = policy ? String(policy.firstResponseMinutes) : '';
    resolution.value = policy ? String(policy.resolutionMinutes) : '';
    warn.value = policy ? String(policy.warnAtPercent) : '80';
    business.checked = policy?.businessHoursOnly ?? false;
    pause.checked = policy?.pauseWhileWaiting ?? true;
    recompute.checked = false;
    for (const input of [first, resolution]) input.dispatchEvent(new Event('input'));
    showProblem(form, status, null, (p) => p.message);
    form.scrollIntoView?.({ block: 'nearest' });
    (general ? first : priority).focus();
  }

  function close(): void {
    editing = null;
    form.hidden = true;
  }

  const whole = (input: HTMLInputElement, name: string): number | null => {
    const value = parseWhole(input.value);
    if (value === undefined) throw new ApiError(400, t('sla.wholeNumber'), name);
    return value;
  };

  submitWith(form, status, async () => {
    const body: SlaPolicyInput = {
      priority: priority.value, segment: segment.value || null, channel: channel.value || null,
      firstResponseMinutes: whole(first, 'firstResponseMinutes'), resolutionMinutes: whole(resolution, 'resolutionMinutes'),
      warnAtPercent: whole(warn, 'warnAtPercent'), businessHoursOnly: business.checked, pauseWhileWaiting: pause.checked,
    };
    const query = recompute.checked ? '?recompute=true' : '';
    const result = editing
      ? await request<SlaPolicySaved>('PUT', `${SLA_POLICIES}/${editing.id}${query}`, body)
      : await request<SlaPolicySaved>('POST', `${SLA_POLICIES}${query}`, body);
    const done = t(editing ? 'sla.saved' : 'sla.added', { policy: scopeText(result.policy) });
    const recomputed = recompute.checked ? ` ${t('sla.recomputed', { count: result.recomputed })}` : '';
    close();
    await saved(done + recomputed);
  });

  return { element: form, open };
}
