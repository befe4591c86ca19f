import { ApiError } from '../api/ApiError';
import { get, post } from '../api/http';
import type { ArticleRequest, ArticleView, CaseDetails } from '../api/types';
import { attachmentBox, type AttachmentBox } from '../cases/AttachmentBox';
import { caseTags, type CaseTags } from '../cases/CaseTags';
import { callForm } from '../cases/CallForm';
import { chatTyping } from '../cases/ChatTyping';
import { noteForm } from '../cases/NoteForm';
import { replyBox } from '../cases/ReplyBox';
import { t, word } from '../i18n/i18n';
import { h } from '../shell/dom';
import { tell } from '../shell/fieldForm';
import { timelineEntry } from './timelineEntry';

/**
 * What the panel keeps while it shows one case: the parts an agent types in (the reply, a note, tags, a file) stay
 * the same elements when the case reloads (the live feed, another agent's reply), so no words, chosen file or focus
 * are lost; only what the case says is drawn again.
 */
interface Parts {
  caseId: string;
  about: HTMLElement;
  tags: CaseTags;
  files: AttachmentBox;
  timeline: HTMLOListElement;
}

const shown = new WeakMap<HTMLElement, Parts>();

/**
 * Beside the form: who the customer is, what diagnose suggests, articles to send, a reply box (with macros), tags,
 * internal notes, files, and the timeline.
 */
export function renderCasePanel(panel: HTMLElement, details: CaseDetails, refresh: () => Promise<void>, status: HTMLElement): void {
  const { case: c, customer } = details;
  let parts = shown.get(panel);
  if (!parts || parts.caseId !== c.id || parts.about.parentElement !== panel) {
    parts = {
      caseId: c.id, about: h('div', { class: 'case-about' }), tags: caseTags(c.id, c.tags, status),
      files: attachmentBox(c.id, details.timeline, status, refresh), timeline: h('ol', { class: 'timeline', 'data-testid': 'timeline' }),
    };
    shown.set(panel, parts);
    const reply = replyBox(c.id, customer.language, status, refresh);
    panel.replaceChildren(parts.about, articleSearch(details, status, refresh), reply, c.channel === 'chat' ? chatTyping(c.id, reply) : '', parts.tags.element,
      h('section', { class: 'case-notes' }, h('h4', {}, t('note.label')), noteForm(c.id, status, refresh)),
      h('details', { class: 'case-calls' }, h('summary', {}, t('call.title')), callForm(c.id, status, refresh)), parts.files.element,
      h('h4', {}, t('case.timeline')), parts.timeline);
  }
  parts.about.replaceChildren(
    h('h3', {}, h('a', { href: `#/cases/customer/${c.customerId}`, 'data-action': 'customer' }, customer.name)),
    h('p', {}, h('a', { href: `#/cases/${c.id}`, 'data-action': 'case' }, c.number)),
    h('p', { 'data-testid': 'customer', 'data-segment': customer.segment }, `${word('segment', customer.segment)} · ${word('language', customer.language)} · ${word('channel', c.channel)}`, ' ',
      customer.frozen ? h('strong', { class: 'frozen' }, t('case.frozen')) : ''),
    h('h4', {}, t('case.diagnosis')),
    h('p', {}, `${word('category', c.category)}${c.cause ? ` / ${word('cause', c.cause)}` : ''} · ${word('priority', c.priority)}`),
    h('ul', { class: 'articles', 'data-testid': 'suggested' }, ...details.suggested.map((a) => articleItem(c.id, { slug: a.slug, title: a.title }, status, refresh))));
  parts.tags.update(c.tags);
  parts.files.update(details.timeline);
  // A repaint from the live feed keeps the long texts the agent opened open: they are keyed by their place in the timeline.
  const opened = new Set([...parts.timeline.children].map((li, i) => (li.querySelector('details[open]') ? i : -1)).filter((i) => i >= 0));
  parts.timeline.replaceChildren(...details.timeline.map((e) => timelineEntry(c.id, e)));
  [...parts.timeline.children].forEach((li, i) => { if (opened.has(i)) li.querySelector('details')?.setAttribute('open', ''); });
}

/** The knowledge base, searched in the customer's language, each article sendable to the customer. */
function articleSearch(details: CaseDetails, status: HTMLElement, refresh: () => Promise<void>): HTMLElement {
  const results = h('ul', { class: 'articles', 'data-testid': 'kb-results' });
  const search = h('input', { type: 'search', placeholder: t('case.searchKb'), maxlength: '200', 'data-testid': 'kb-search' });
  search.addEventListener('change', async () => {
    try {
      const found = await get<ArticleView[]>(`/api/kb?q=${encodeURIComponent(search.value)}&language=${encodeURIComponent(details.customer.language)}`);
      results.replaceChildren(...found.map((a) => articleItem(details.case.id, a, status, refresh)));
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      tell(status, error.message, true);
    }
  });
  return h('div', { class: 'kb-search' }, search, results);
}

function articleItem(caseId: string, a: Pick<ArticleView, 'slug'> & Partial<ArticleView>, status: HTMLElement, refresh: () => Promise<void>): HTMLElement {
  const title = a.title ?? a.slug;
  return h('li', { 'data-article': a.slug }, h('span', {}, title), ' ', h('button', { 'data-action': 'send-article', onclick: async () => {
    try {
      await post(`/api/cases/${caseId}/articles`, { slug: a.slug } satisfies ArticleRequest);
      tell(status, t('case.articleSent', { slug: title }));
      await refresh();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      tell(status, error.message, true);
    }
  } }, t('case.send')));
}
