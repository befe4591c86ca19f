import { ApiError } from '../api/ApiError';
import { get } from '../api/http';
import type { ArticleView } from '../api/types';
import { currentLanguage, t, word } from '../i18n/i18n';
import { h } from '../shell/dom';
import { tell } from '../shell/fieldForm';

const LANGUAGES = ['zh-CN', 'en'] as const;

/**
 * The published articles, found by any word of their title, summary, text or tags (the server cuts Chinese into
 * words and stems English), in one language or both; every article when nothing is typed.
 */
export function renderKbSearch(container: HTMLElement): void {
  const q = h('input', { type: 'search', name: 'q', maxlength: '200', size: '40', placeholder: t('kb.search.hint'), 'aria-label': t('kb.search.title'),
    'data-testid': 'kb-search' });
  const language = h('select', { name: 'language', 'aria-label': t('kb.col.language'), 'data-testid': 'kb-search-language' },
    h('option', { value: '' }, t('kb.search.anyLanguage')), ...LANGUAGES.map((l) => h('option', { value: l }, word('language', l))));
  language.value = currentLanguage() === 'zh' ? 'zh-CN' : 'en';
  const form = h('form', { class: 'case-search', role: 'search' }, q, language, h('button', { type: 'submit', class: 'primary' }, t('kb.search.find')));
  const status = h('p', { class: 'status', role: 'status', 'data-testid': 'kb-search-status' });
  const results = h('ul', { class: 'kb-results', 'data-testid': 'kb-results' });
  container.replaceChildren(h('section', { class: 'admin-view kb-search-view' }, h('h2', {}, t('kb.search.title')), form, status, results));

  const item = (a: ArticleView) => h('li', { 'data-slug': a.slug, 'data-language': a.language },
    h('strong', {}, a.title), ' ', h('small', { class: 'hint' }, `${word('category', a.category)} · ${word('language', a.language)}`),
    h('p', {}, a.summary),
    a.tags.length ? h('ul', { class: 'tag-chips', translate: 'no' }, ...a.tags.map((tag) => h('li', { class: 'chip' }, tag))) : null);

  /** Bumped by every search: an answer to an older one that arrives late is dropped. */
  let latest = 0;
  async function search(): Promise<void> {
    const mine = ++latest;
    const query = new URLSearchParams();
    if (q.value.trim()) query.set('q', q.value.trim());
    if (language.value) query.set('language', language.value);
    try {
      const found = await get<ArticleView[]>(`/api/kb?${query}`);
      if (mine !== latest) return;
      results.replaceChildren(...found.map(item));
      tell(status, found.length === 0 ? t('kb.search.none') : t('kb.search.found', { count: found.length }));
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      tell(status, error.message, true);
    }
  }

  form.addEventListener('submit', (e) => { e.preventDefault(); void search(); });
  language.addEventListener('change', () => void search());
  q.focus();
  void search();
}
