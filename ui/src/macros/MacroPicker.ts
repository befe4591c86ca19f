import { ApiError } from '../api/ApiError';
import { get, post } from '../api/http';
import type { MacroRendered, MacroView } from '../api/types';
import { t, word } from '../i18n/i18n';
import { h } from '../shell/dom';
import { tell } from '../shell/fieldForm';
import { withMacro } from './withMacro';

/**
 * "Use a macro": the canned replies in the customer's language; picking one fills its placeholders for this case
 * (on the server) and puts the text in the reply box, where the agent reads and edits it before sending.
 */
export function macroPicker(caseId: string, language: string, reply: HTMLTextAreaElement, status: HTMLElement): HTMLSelectElement {
  const select = h('select', { 'data-testid': 'macro-pick', 'aria-label': t('macro.pickLabel'), disabled: true },
    h('option', { value: '' }, t('macro.pick')));
  let macros: MacroView[] = [];

  void get<MacroView[]>(`/api/macros?language=${encodeURIComponent(language)}`).then((found) => {
    macros = found;
    select.append(...(found.length === 0 ? [h('option', { value: '', disabled: true }, t('macro.noMacros', { language: word('language', language) }))]
      : found.map((m) => h('option', { value: m.id, 'data-macro': m.name }, m.name))));
    select.disabled = false;
  }).catch((error: unknown) => {
    if (!(error instanceof ApiError)) throw error;
    tell(status, error.message, true);
  });

  select.addEventListener('change', async () => {
    const macro = macros.find((m) => m.id === select.value);
    if (!macro) return;
    select.disabled = true;
    try {
      const rendered = await post<MacroRendered>(`/api/cases/${caseId}/macros/${macro.id}/render`);
      reply.value = withMacro(reply.value, rendered.body);
      reply.dispatchEvent(new Event('input'));
      reply.focus();
      tell(status, t('macro.filled', { name: macro.name }));
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      tell(status, error.message, true);
    } finally {
      select.value = '';
      select.disabled = false;
    }
  });
  return select;
}
