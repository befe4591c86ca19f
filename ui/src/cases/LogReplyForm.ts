import { ApiError } from '../api/ApiError';
import { post } from '../api/http';
import type { ReplyRequest } from '../api/types';
import { CHANNELS } from '../i18n/caseMessages';
import { t, word } from '../i18n/i18n';
import { h } from '../shell/dom';

interface ReplyResponse { messageId: string; reachedFlow: boolean }

/**
 * What the customer said on the phone, or in a mail the desk does not receive itself, logged on the case: it goes on
 * the timeline and, when the flow waits for the customer, moves the case on.
 */
export function logReplyForm(caseId: string, caseChannel: string, status: HTMLElement, logged: () => Promise<void>): HTMLElement {
  const channel = h('select', { name: 'channel', 'aria-label': t('cases.replyChannel') }, ...CHANNELS.map((c) => h('option', { value: c }, word('channel', c))));
  channel.value = caseChannel;
  const body = h('textarea', { name: 'body', rows: '3', required: true, 'aria-label': t('cases.replyBody'), 'data-testid': 'customer-reply' });
  const form = h('form', { class: 'log-reply', 'data-testid': 'log-reply' }, h('h4', {}, t('cases.logReply')),
    h('label', {}, t('cases.replyChannel'), ' ', channel), body, h('button', { type: 'submit', 'data-action': 'log-reply' }, t('cases.logReply')));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      const sent = await post<ReplyResponse>(`/api/cases/${caseId}/messages`, { channel: channel.value, body: body.value } satisfies ReplyRequest);
      status.textContent = t(sent.reachedFlow ? 'cases.replyLogged' : 'cases.replyLoggedNoFlow');
      body.value = '';
      await logged();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      status.textContent = error.message;
    }
  });
  return form;
}
