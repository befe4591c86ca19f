import { ApiError } from '../api/ApiError';
import { get, post } from '../api/http';
import { currentLanguage, nodeName, t, word } from '../i18n/i18n';
import type { AgentReplyRequest, ArticleRequest, ArticleView, CaseDetails } from '../api/types';
import { h } from '../shell/dom';
import { localTime } from '../shell/time';

/** Beside the form: who the customer is, what diagnose suggests, articles to send, a reply box, and the timeline. */
export function renderCasePanel(panel: HTMLElement, details: CaseDetails, refresh: () => Promise<void>, status: HTMLElement): void {
  const { case: c, customer } = details;
  const results = h('ul', { class: 'articles', 'data-testid': 'kb-results' });
  const reply = h('textarea', { rows: '3', 'data-testid': 'reply', 'aria-label': t('case.reply') });
  const search = h('input', { type: 'search', placeholder: t('case.searchKb'), 'data-testid': 'kb-search' });

  const send = async (url: string, body: unknown, done: string) => {
    try {
      await post(url, body);
      status.textContent = done;
      await refresh();
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      status.textContent = e.message;
    }
  };
  const articleItem = (a: Pick<ArticleView, 'slug'> & Partial<ArticleView>) => h('li', { 'data-article': a.slug },
    h('span', {}, a.title ?? a.slug), ' ',
    h('button', { 'data-action': 'send-article', onclick: () => void send(`/api/cases/${c.id}/articles`, { slug: a.slug } satisfies ArticleRequest, t('case.articleSent', { slug: a.title ?? a.slug })) }, t('case.send')));
  search.addEventListener('change', async () => {
    const found = await get<ArticleView[]>(`/api/kb?q=${encodeURIComponent(search.value)}&language=${encodeURIComponent(customer.language)}`);
    results.replaceChildren(...found.map(articleItem));
  });

  panel.replaceChildren(
    h('h3', {}, h('a', { href: `#/cases/customer/${c.customerId}`, 'data-action': 'customer' }, customer.name)),
    h('p', {}, h('a', { href: `#/cases/${c.id}`, 'data-action': 'case' }, c.number)),
    h('p', { 'data-testid': 'customer', 'data-segment': customer.segment }, `${word('segment', customer.segment)} · ${word('language', customer.language)} · ${word('channel', c.channel)}`, ' ',
      customer.frozen ? h('strong', { class: 'frozen' }, t('case.frozen')) : ''),
    h('h4', {}, t('case.diagnosis')),
    h('p', {}, `${word('category', c.category)}${c.cause ? ` / ${word('cause', c.cause)}` : ''} · ${word('priority', c.priority)}`),
    h('ul', { class: 'articles', 'data-testid': 'suggested' }, ...details.suggested.map((a) => articleItem({ slug: a.slug, title: a.title }))),
    search, results,
    h('h4', {}, t('case.reply')), reply,
    h('button', { 'data-action': 'send-reply', onclick: () => void send(`/api/cases/${c.id}/replies`, { body: reply.value } satisfies AgentReplyRequest, t('case.replySent')).then(() => { reply.value = ''; }) }, t('case.send')),
    h('h4', {}, t('case.timeline')),
    h('ol', { class: 'timeline', 'data-testid': 'timeline' }, ...details.timeline.map(timelineEntry)));
}

type Entry = CaseDetails['timeline'][number];

/**
 * A message with who sent it on which channel and its text; a step as what happened at which node of the flow, in
 * the user's language, with what someone wrote about it (a cancellation's reason). The engine's English sentence
 * is kept for English readers only.
 */
function timelineEntry(e: Entry): HTMLElement {
  const what = e.type === 'message'
    ? `${word('direction', e.direction)} · ${word('channel', e.channel)}`
    : [word('journal', e.kind), e.nodeId && e.kind !== 'InstanceStarted' ? nodeName(e.nodeId, e.nodeName ?? e.nodeId) : ''].filter(Boolean).join(' · ');
  const text = e.type === 'message' ? e.text : currentLanguage() === 'en' ? e.text : e.detail ?? '';
  return h('li', { 'data-kind': e.kind, class: e.type }, h('time', { datetime: e.at }, localTime(e.at)), ' ', h('strong', {}, what), ' ',
    e.actor ? h('em', { translate: 'no' }, e.actor) : '', ' ', collapsed(text));
}

/** A long text (a pasted email, a full description) shows its start and opens on a click, so it never floods the timeline. */
function collapsed(text: string): Node | string {
  if (text.length <= 240) return text;
  return h('details', { class: 'long-text' }, h('summary', {}, `${text.slice(0, 160).trimEnd()}…`), h('p', {}, text));
}
