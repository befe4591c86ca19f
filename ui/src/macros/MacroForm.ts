import type { ApiError } from '../api/ApiError';
import { request } from '../api/http';
import type { MacroInput, MacroView } from '../api/types';
import { currentLanguage, t, word } from '../i18n/i18n';
import { h } from '../shell/dom';
import { field, showProblem, submitWith } from '../shell/fieldForm';
import { closestPlaceholder, PLACEHOLDERS, written } from './placeholders';

export const MACROS = '/api/macros';

/** The macro form, and how the list opens it: for a new macro (null) or to change one. */
export interface MacroForm {
  element: HTMLElement;
  open(macro: MacroView | null): void;
}

/**
 * A macro's name, language, category and text, with the placeholders it may use (a click puts one in the text).
 * The server checks the placeholders when it is saved; a mistyped one shows under the text with the one it most
 * likely meant. Hidden until opened; `saved` hears the sentence to show once the API took it.
 */
export function macroForm(saved: (done: string) => Promise<void>): MacroForm {
  let editing: MacroView | null = null;
  const name = h('input', { name: 'name', maxlength: '80', autocomplete: 'off', 'data-testid': 'macro-name' });
  const language = h('select', { name: 'language', 'data-testid': 'macro-language' }, ...['zh-CN', 'en'].map((l) => h('option', { value: l }, word('language', l))));
  const category = h('input', { name: 'category', maxlength: '80', autocomplete: 'off', 'data-testid': 'macro-category' });
  const body = h('textarea', { name: 'body', rows: '8', maxlength: '4000', 'data-testid': 'macro-body' });
  const insert = (placeholder: string) => {
    body.setRangeText(written(placeholder), body.selectionStart, body.selectionEnd, 'end');
    body.focus();
  };
  const placeholders = h('ul', { class: 'macro-placeholders', 'data-testid': 'macro-placeholders' }, ...PLACEHOLDERS.map((p) => h('li', {},
    h('button', { type: 'button', class: 'link-dark', translate: 'no', 'data-placeholder': p, onclick: () => insert(p) }, written(p)),
    ` ${t(`macro.placeholder.${p}`)}`)));
  const legend = h('h3', {});
  const status = h('p', { class: 'status', role: 'status', 'data-testid': 'macro-form-status' });
  const form = h('form', { class: 'admin-form', 'data-testid': 'macro-form', novalidate: true, hidden: true }, legend,
    field(t('macro.name'), name, 'name'), field(t('macro.language'), language, 'language'), field(t('macro.category'), category, 'category', t('macro.categoryHint')),
    field(t('macro.body'), body, 'body'), h('div', { class: 'hint' }, t('macro.placeholders'), placeholders),
    h('div', { class: 'toolbar' }, h('button', { type: 'submit', class: 'primary', 'data-testid': 'macro-save' }, t('macro.save')),
      h('button', { type: 'button', 'data-testid': 'macro-cancel', onclick: () => { editing = null; form.hidden = true; } }, t('macro.cancel'))), status);

  /** The server's sentence, and for an unknown placeholder the known one it most likely meant. */
  const say = (problem: ApiError): string => {
    const typed = problem.code === 'macro.placeholder.unknown' ? problem.params.placeholder : undefined;
    const meant = typeof typed === 'string' ? closestPlaceholder(typed) : null;
    return meant ? `${problem.message} ${t('macro.didYouMean', { placeholder: written(meant) })}` : problem.message;
  };

  submitWith(form, status, async () => {
    const input: MacroInput = { name: name.value, language: language.value, body: body.value, category: category.value.trim() || null };
    const result = editing
      ? await request<MacroView>('PUT', `${MACROS}/${editing.id}`, input)
      : await request<MacroView>('POST', MACROS, input);
    const done = t(editing ? 'macro.saved' : 'macro.added', { name: result.name });
    editing = null;
    form.hidden = true;
    await saved(done);
  }, say);

  return {
    element: form,
    open(macro) {
      editing = macro;
      form.hidden = false;
      form.dataset.editing = macro?.id ?? '';
      legend.textContent = macro ? t('macro.editing', { name: macro.name }) : t('macro.new');
      name.value = macro?.name ?? '';
      language.value = macro?.language ?? (currentLanguage() === 'zh' ? 'zh-CN' : 'en');
      category.value = macro?.category ?? '';
      body.value = macro?.body ?? '';
      showProblem(form, status, null, say);
      form.scrollIntoView?.({ block: 'nearest' });
      name.focus();
    },
  };
}
