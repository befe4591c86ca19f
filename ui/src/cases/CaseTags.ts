import { ApiError } from '../api/ApiError';
import { request } from '../api/http';
import type { TagsRequest } from '../api/types';
import { t } from '../i18n/i18n';
import { h } from '../shell/dom';
import { field, submitWith } from '../shell/fieldForm';
import { underListInput } from '../shell/problemField';
import { formatCaseTags, parseCaseTags } from './tagText';

/** The case's tags as chips, and the input that changes them; `update` shows the tags a reload brought. */
export interface CaseTags {
  element: HTMLElement;
  update(tags: readonly string[]): void;
}

export function caseTags(caseId: string, initial: readonly string[], status: HTMLElement): CaseTags {
  const chips = h('ul', { class: 'tag-chips', 'data-testid': 'case-tag-chips' });
  const input = h('input', { name: 'tags', autocomplete: 'off', 'data-testid': 'case-tags' });
  // Typed but not saved: a reload (another agent's change, the live feed) leaves the input alone.
  let typing = false;
  input.addEventListener('input', () => { typing = true; });
  const form = h('form', { class: 'tags-form', 'data-testid': 'tags-form', novalidate: true },
    field(t('tags.input'), input, 'tags', t('tags.hint')), h('button', { type: 'submit', 'data-testid': 'case-tags-save' }, t('tags.save')));

  function update(tags: readonly string[]): void {
    chips.replaceChildren(...(tags.length === 0 ? [h('li', { class: 'hint' }, t('tags.none'))]
      : tags.map((tag) => h('li', { class: 'chip', 'data-tag': tag, translate: 'no' }, tag))));
    if (!typing) input.value = formatCaseTags(tags);
  }

  submitWith(form, status, async () => {
    try {
      const saved = await request<string[]>('PUT', `/api/cases/${caseId}/tags`, { tags: parseCaseTags(input.value) } satisfies TagsRequest);
      typing = false;
      update(saved);
      return t('tags.saved');
    } catch (error) {
      // A problem about one tag ("tags[2]") belongs under the one input that holds them all.
      throw error instanceof ApiError ? underListInput(error, ['tags']) : error;
    }
  });
  update(initial);
  return { element: h('section', { class: 'case-tags' }, h('h4', {}, t('tags.title')), chips, form), update };
}
