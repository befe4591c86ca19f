import { ApiError } from '../api/ApiError';
import { send } from '../api/http';
import type { CaseDetails, IntakeRequest } from '../api/types';
import { CHANNELS, PRIORITIES } from '../i18n/caseMessages';
import { t, word } from '../i18n/i18n';
import { h } from '../shell/dom';

/**
 * A case an agent opens by hand, for a phone call or a walk-in: the customer (found by phone or email, or created
 * with the name), what they need, and the priority when the rules should not decide. One Idempotency-Key per form,
 * so a double click opens one case.
 */
export function renderNewCaseForm(container: HTMLElement): void {
  const key = crypto.randomUUID();
  const input = (name: string, label: string, attributes: Record<string, string | boolean> = {}) =>
    h('label', {}, label, h('input', { name, ...attributes }));
  const channel = h('select', { name: 'channel' }, ...CHANNELS.map((c) => h('option', { value: c }, word('channel', c))));
  const priority = h('select', { name: 'priority' }, h('option', { value: '' }, t('cases.priorityAuto')),
    ...PRIORITIES.map((p) => h('option', { value: p }, word('priority', p))));
  const status = h('p', { class: 'status', role: 'status', 'data-testid': 'new-case-status' });
  const form = h('form', { class: 'new-case', 'data-testid': 'new-case' },
    h('label', {}, t('cases.channel'), channel),
    input('name', t('cases.customerName'), { required: true, autocomplete: 'off' }),
    input('phone', t('cases.phone'), { type: 'tel', autocomplete: 'off' }),
    input('email', t('cases.email'), { type: 'email', autocomplete: 'off' }),
    input('subject', t('cases.subject'), { required: true, maxlength: '200' }),
    h('label', {}, t('cases.description'), h('textarea', { name: 'description', rows: '4', required: true })),
    h('label', {}, t('cases.priority'), priority),
    h('button', { type: 'submit', class: 'primary', 'data-action': 'open-case' }, t('cases.open')), status);
  container.replaceChildren(h('section', { class: 'cases' }, h('a', { href: '#/cases', class: 'back' }, `← ${t('cases.search')}`),
    h('h2', {}, t('cases.newTitle')), form));

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const field = (name: string) => String(new FormData(form).get(name) ?? '').trim() || null;
    if (!field('phone') && !field('email')) {
      status.textContent = t('cases.contactNeeded');
      return;
    }
    const request: IntakeRequest = {
      channel: field('channel'), subject: field('subject'), description: field('description'), priority: field('priority'),
      merchantRef: null, region: null, responseCode: null,
      customer: { id: null, name: field('name'), phone: field('phone'), email: field('email'), weChat: null, chat: null, language: null, segment: null },
    };
    try {
      const { body } = await send<CaseDetails>('POST', '/api/cases', request, 'application/json', { 'Idempotency-Key': key });
      status.textContent = t('cases.opened', { number: body.case.number });
      location.hash = `#/cases/${body.case.id}`;
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      status.textContent = error.message;
    }
  });
}
