import { get, post } from '../api/http';
import type { ChatStatus } from '../api/types';
import { t } from '../i18n/i18n';
import { h } from '../shell/dom';

/** How often an open chat case asks whether the customer types, and how often the agent's own typing is told. */
const every = 3000;

/**
 * Typing on a chat case, both ways: the agent's keys in <paramref name="replyBox"/> tell the customer's page (at most
 * every few seconds), and the panel shows while the customer types. It asks while it is on the page, and stops after.
 */
export function chatTyping(caseId: string, replyBox: HTMLElement): HTMLElement {
  const shown = h('p', { class: 'customer-typing', 'aria-live': 'polite', 'data-testid': 'customer-typing' });
  let told = 0;
  replyBox.querySelector('textarea')?.addEventListener('input', () => {
    if (Date.now() - told < every) return;
    told = Date.now();
    post(`/api/cases/${caseId}/chat/typing`, undefined).catch(() => undefined);
  });
  const ask = async (first: boolean) => {
    if (!first && !shown.isConnected) return; // the panel was taken off the page (another case, another page)
    try {
      const chat = await get<ChatStatus>(`/api/cases/${caseId}/chat`);
      shown.textContent = chat.customerTyping ? t('chat.customerTyping') : '';
    } catch {
      return; // no chat on this case: nothing to show
    }
    window.setTimeout(() => void ask(false), every);
  };
  void ask(true);
  return shown;
}
