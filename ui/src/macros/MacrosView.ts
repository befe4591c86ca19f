import { ApiError } from '../api/ApiError';
import { get, request } from '../api/http';
import type { MacroView } from '../api/types';
import { t, word } from '../i18n/i18n';
import { h } from '../shell/dom';
import { tell } from '../shell/fieldForm';
import { localTime } from '../shell/time';
import { MACROS, macroForm } from './MacroForm';

const COLUMNS = ['name', 'language', 'category', 'updated'] as const;

/** #/kb/macros: the canned replies in both languages, with Edit and Delete; "New macro" and Edit open the form below. */
export async function renderMacros(container: HTMLElement): Promise<void> {
  const body = h('tbody', {});
  const status = h('p', { class: 'status', role: 'status', 'data-testid': 'macro-status' });
  const form = macroForm(async (done) => {
    tell(status, done);
    await reload();
  });
  container.replaceChildren(h('section', { class: 'admin-view macros' },
    h('div', { class: 'admin-head' }, h('h2', {}, t('macro.title')),
      h('button', { type: 'button', 'data-testid': 'macro-add', onclick: () => form.open(null) }, t('macro.add'))),
    h('p', { class: 'hint' }, t('macro.intro')),
    h('table', { class: 'tasks', 'data-testid': 'macros' },
      h('thead', {}, h('tr', {}, ...COLUMNS.map((c) => h('th', {}, t(`macro.col.${c}`))), h('th', {}, ''))), body),
    status, form.element));

  async function remove(macro: MacroView): Promise<void> {
    try {
      await request<void>('DELETE', `${MACROS}/${macro.id}`);
      if (form.element.dataset.editing === macro.id) form.element.hidden = true;
      tell(status, t('macro.deleted', { name: macro.name }));
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      tell(status, error.message, true);
    }
    await reload().catch(() => undefined);
  }

  const row = (m: MacroView) => h('tr', { 'data-macro': m.name, 'data-macro-id': m.id, 'data-language': m.language },
    h('td', {}, m.name), h('td', {}, word('language', m.language)), h('td', {}, m.category ?? ''),
    h('td', {}, h('span', { translate: 'no' }, m.updatedBy), ` · ${localTime(m.updatedAt)}`),
    h('td', { class: 'row-actions' }, h('button', { type: 'button', 'data-testid': 'macro-edit', onclick: () => form.open(m) }, t('macro.edit')),
      h('button', { type: 'button', 'data-testid': 'macro-delete', onclick: () => void remove(m) }, t('macro.delete'))));

  async function reload(): Promise<void> {
    const macros = await get<MacroView[]>(MACROS);
    body.replaceChildren(...macros.map(row));
    if (macros.length === 0) body.append(h('tr', {}, h('td', { colspan: String(COLUMNS.length + 1) }, t('macro.none'))));
  }

  await reload();
}
