import { post } from '../api/http';
import type { CallRequest, CallView } from '../api/types';
import { t } from '../i18n/i18n';
import { h } from '../shell/dom';
import { field, submitWith } from '../shell/fieldForm';

/**
 * A phone call, logged on the case after it ends: who called, the number, how long, and what was said. It joins the timeline; it is not a message to the customer.
 */
export function callForm(caseId: string, status: HTMLElement, refresh: () => Promise<void>): HTMLFormElement {
  const direction = h('select', { name: 'direction', 'data-testid': 'call-direction' },
    h('option', { value: 'inbound' }, t('call.direction.inbound')), h('option', { value: 'outbound' }, t('call.direction.outbound')));
  const number = h('input', { name: 'number', type: 'tel', autocomplete: 'off', maxlength: '30', 'data-testid': 'call-number' });
  const minutes = h('input', { name: 'minutes', type: 'number', min: '0', max: '720', value: '0', inputmode: 'numeric', 'data-testid': 'call-minutes' });
  const seconds = h('input', { name: 'seconds', type: 'number', min: '0', max: '59', value: '0', inputmode: 'numeric', 'data-testid': 'call-seconds' });
  const notes = h('textarea', { name: 'notes', rows: '3', maxlength: '4000', 'data-testid': 'call-notes' });
  const form = h('form', { class: 'call-form', 'data-testid': 'call-form', novalidate: true },
    field(t('call.direction'), direction, 'direction'), field(t('call.number'), number, 'number'),
    h('div', { class: 'call-length' }, field(t('call.minutes'), minutes, 'durationSeconds'), field(t('call.seconds'), seconds, 'seconds')),
    field(t('call.notes'), notes, 'notes'),
    h('button', { type: 'submit', 'data-testid': 'call-log' }, t('call.log')));
  submitWith(form, status, async () => {
    const durationSeconds = (Number(minutes.value) || 0) * 60 + (Number(seconds.value) || 0);
    const request: CallRequest = { direction: direction.value, number: number.value, durationSeconds, notes: notes.value, startedAt: null };
    await post<CallView>(`/api/cases/${caseId}/calls`, request);
    notes.value = '';
    minutes.value = seconds.value = '0';
    await refresh();
    return t('call.logged');
  });
  return form;
}
