import { ApiError } from '../api/ApiError';
import { post } from '../api/http';
import type { AgentReplyRequest } from '../api/types';
import { t } from '../i18n/i18n';
import { macroPicker } from '../macros/MacroPicker';
import { h } from '../shell/dom';
import { tell } from '../shell/fieldForm';
import { suggestedReplies } from './SuggestedReplies';

/** The agent's reply to the customer, on the case's channel, with a macro or a suggested article to start from. */
export function replyBox(caseId: string, language: string, status: HTMLElement, refresh: () => Promise<void>): HTMLElement {
  const reply = h('textarea', { rows: '4', 'data-testid': 'reply', 'aria-label': t('case.reply') });
  const send = h('button', { 'data-action': 'send-reply', onclick: async () => {
    send.disabled = true;
    try {
      await post(`/api/cases/${caseId}/replies`, { body: reply.value } satisfies AgentReplyRequest);
      reply.value = '';
      tell(status, t('case.replySent'));
      await refresh();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      tell(status, error.message, true);
    } finally {
      send.disabled = false;
    }
  } }, t('case.send'));
  return h('section', { class: 'reply-box' }, h('h4', {}, t('case.reply')), macroPicker(caseId, language, reply, status),
    suggestedReplies(caseId, reply, status), reply, send);
}
