import { ApiError } from '../api/ApiError';
import { get } from '../api/http';
import type { Suggestions } from '../api/types';
import { t, word } from '../i18n/i18n';
import { withMacro } from '../macros/withMacro';
import { h } from '../shell/dom';
import { tell } from '../shell/fieldForm';

/**
 * The bot's suggested replies for the customer's last message, asked for by the agent: each article's summary goes
 * into the reply box to be read and edited, never sent from here. When the bot would hand the question to a person
 * (fraud, a frozen account), the agent is told so before using anything.
 */
export function suggestedReplies(caseId: string, reply: HTMLTextAreaElement, status: HTMLElement): HTMLElement {
  const list = h('ul', { class: 'suggestions', 'data-testid': 'suggestions', 'aria-live': 'polite' });
  const ask = h('button', { type: 'button', 'data-action': 'suggest', onclick: async () => {
    ask.disabled = true;
    try {
      const found = await get<Suggestions>(`/api/cases/${caseId}/suggestions`);
      const warning = found.handOff ? [h('li', { class: 'hand-off', 'data-hand-off': found.handOff }, t('suggest.handOff', { reason: word('handOff', found.handOff) }))] : [];
      const items = found.articles.map((a) => h('li', { 'data-suggestion': a.slug }, h('strong', {}, a.title), ' ', h('span', {}, a.summary), ' ',
        h('button', { type: 'button', 'data-action': 'use-suggestion', onclick: () => {
          reply.value = withMacro(reply.value, a.summary);
          reply.dispatchEvent(new Event('input'));
          reply.focus();
          tell(status, t('suggest.used', { title: a.title }));
        } }, t('suggest.use'))));
      list.replaceChildren(...warning, ...(items.length === 0 ? [h('li', {}, t('suggest.none'))] : items));
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      tell(status, error.message, true);
    } finally {
      ask.disabled = false;
    }
  } }, t('suggest.ask'));
  return h('div', { class: 'suggested-replies' }, ask, list);
}
