import type { KbRevisionInput, KbRevisionView } from '../api/types';
import { formatList, parseList } from '../admin/lists';
import { CATEGORIES } from '../i18n/caseMessages';
import { t, word } from '../i18n/i18n';
import { h } from '../shell/dom';
import { field } from '../shell/fieldForm';

/** An article's fields in the editor, each with its problem place named as the API names the field. */
export interface KbArticleFields {
  slug: HTMLInputElement;
  language: HTMLSelectElement;
  title: HTMLInputElement;
  /** The labelled fields, in the form's order. */
  elements: HTMLElement[];
  /** Shows a revision's words (or empty fields, for a new article). */
  fill(revision: Pick<KbRevisionView, 'title' | 'summary' | 'body' | 'category' | 'tags'> | null): void;
  /** The draft the fields make up: tags typed with commas become a list. */
  read(): KbRevisionInput;
  /** Makes the words read-only (a version in review) or writable again. */
  lock(locked: boolean): void;
  /** Hears every change a person makes to the article's words or address. */
  onInput(listener: () => void): void;
}

export function kbArticleFields(): KbArticleFields {
  const text = (name: string, testId: string, max: string) => h('input', { name, maxlength: max, autocomplete: 'off', 'data-testid': testId });
  const slug = text('slug', 'kb-slug', '80');
  const language = h('select', { name: 'language', 'data-testid': 'kb-language' }, ...['zh-CN', 'en'].map((l) => h('option', { value: l }, word('language', l))));
  const title = text('title', 'kb-title', '200');
  const summary = h('textarea', { name: 'summary', rows: '2', maxlength: '500', 'data-testid': 'kb-summary' });
  const body = h('textarea', { name: 'body', rows: '14', 'data-testid': 'kb-body' });
  const category = h('select', { name: 'category', 'data-testid': 'kb-category' });
  const tags = text('tags', 'kb-tags', '500');

  return {
    slug, language, title,
    elements: [field(t('kb.slug'), slug, 'slug', t('kb.slugHint')), field(t('kb.language'), language, 'language'), field(t('kb.title'), title, 'title'),
      field(t('kb.summary'), summary, 'summary', t('kb.summaryHint')), field(t('kb.body'), body, 'body'), field(t('kb.category'), category, 'category'),
      field(t('kb.tags'), tags, 'tags', t('kb.tagsHint'))],
    fill(revision) {
      title.value = revision?.title ?? '';
      summary.value = revision?.summary ?? '';
      body.value = revision?.body ?? '';
      // The case categories, and the article's own when it has another (written before, or through the API).
      const known: readonly string[] = CATEGORIES;
      const current = revision?.category ?? '';
      category.replaceChildren(h('option', { value: '' }, '—'), ...[...known, ...(current && !known.includes(current) ? [current] : [])]
        .map((c) => h('option', { value: c }, word('category', c))));
      category.value = current;
      tags.value = formatList(revision?.tags ?? []);
    },
    read: () => ({ title: title.value, summary: summary.value, body: body.value, category: category.value, tags: parseList(tags.value) }),
    lock(locked) {
      for (const input of [title, summary, body, tags]) input.readOnly = locked;
      category.disabled = locked;
    },
    onInput(listener) {
      for (const input of [slug, language, title, summary, body, category, tags]) input.addEventListener('input', listener);
    },
  };
}
