import { get } from '../api/http';
import type { KbArticleLine } from '../api/types';
import { t, word } from '../i18n/i18n';
import { h } from '../shell/dom';
import { articleHref } from './kbAddress';
import { kbEditor } from './KbEditor';

const COLUMNS = ['title', 'slug', 'language', 'category', 'published', 'open'] as const;

/**
 * #/kb/articles: every article in each language, with the version agents read and the one being worked on; "New
 * article" (#/kb/articles/new) and each article's address open the editor below the list.
 */
export async function renderKbArticles(container: HTMLElement, slug?: string, language?: string): Promise<void> {
  const body = h('tbody', {});
  const editor = kbEditor(() => reload());
  container.replaceChildren(h('section', { class: 'admin-view kb-articles' },
    h('div', { class: 'admin-head' }, h('h2', {}, t('kb.articles.title')),
      h('a', { href: '#/kb/articles/new', class: 'button', 'data-testid': 'kb-new', onclick: (e: Event) => {
        // Already at this address (a new article begun): no hashchange comes, so the form starts afresh here.
        if (location.hash !== '#/kb/articles/new') return;
        e.preventDefault();
        editor.openNew();
      } }, t('kb.new'))),
    h('p', { class: 'hint' }, t('kb.articles.intro')),
    h('table', { class: 'tasks', 'data-testid': 'kb-articles' },
      h('thead', {}, h('tr', {}, ...COLUMNS.map((c) => h('th', {}, t(`kb.col.${c}`))), h('th', {}, ''))), body),
    editor.element));

  const row = (a: KbArticleLine) => h('tr', { 'data-article': `${a.slug}/${a.language}`, 'data-status': a.openStatus ?? (a.publishedVersion > 0 ? 'published' : ''),
    class: slug === a.slug && language === a.language ? 'selected' : '' },
    h('td', {}, h('a', { href: articleHref(a.slug, a.language) }, a.title)),
    h('td', { translate: 'no' }, a.slug),
    h('td', {}, word('language', a.language)),
    h('td', {}, word('category', a.category)),
    h('td', { 'data-col': 'published', 'data-version': String(a.publishedVersion) },
      a.publishedVersion > 0 ? t('kb.versionNumber', { version: a.publishedVersion }) : h('span', { class: 'hint' }, t('kb.notPublished'))),
    h('td', { 'data-col': 'open', 'data-open-status': a.openStatus ?? '' },
      a.openStatus && a.openVersion ? `${t('kb.versionNumber', { version: a.openVersion })} · ${word('kb.status', a.openStatus)}` : ''),
    h('td', {}, h('a', { href: articleHref(a.slug, a.language), 'data-action': 'edit-article' }, t('kb.edit'))));

  async function reload(): Promise<void> {
    const articles = await get<KbArticleLine[]>('/api/kb/articles');
    body.replaceChildren(...articles.map(row));
    if (articles.length === 0) body.append(h('tr', {}, h('td', { colspan: String(COLUMNS.length + 1) }, t('kb.none'))));
  }

  await reload();
  if (slug === 'new') editor.openNew();
  else if (slug && language) await editor.open(slug, language);
}
