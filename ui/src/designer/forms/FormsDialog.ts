import { request } from '../../api/http';
import type { DefinitionVersion } from '../../api/types';
import { t } from '../../i18n/i18n';
import { h } from '../../shell/dom';
import { editForm } from './FormEditorDialog';
import { blankForm, type FormReference, type FormSchema } from './formKeys';
import type { FormSet } from './FormSet';

/** The forms of the latest published version of a process, or none when it was never published. */
export async function latestPublishedForms(processKey: string): Promise<Record<string, FormSchema>> {
  try {
    const [latest] = await request<DefinitionVersion[]>('GET', `/api/definitions/${encodeURIComponent(processKey)}`);
    return latest ? await request<Record<string, FormSchema>>('GET', `/api/definitions/${encodeURIComponent(processKey)}/versions/${latest.version}/forms`) : {};
  } catch {
    return {};
  }
}

/**
 * Lists the forms the diagram's user tasks name, with where each comes from, and opens one in the form editor.
 * Editing a form the latest version supplies starts from that form; a missing one starts blank.
 */
export async function showFormsDialog(references: FormReference[], forms: FormSet, processKey: string, readOnly: boolean,
  onChanged: (formKey: string) => void): Promise<void> {
  const published = readOnly ? {} : await latestPublishedForms(processKey);
  const states = forms.states(references, new Set(Object.keys(published)));
  const dialog = h('dialog', { class: 'forms-dialog', 'data-testid': 'forms-dialog' }, h('h3', {}, t('forms.title')));
  const close = () => { dialog.close(); dialog.remove(); };
  const rows = references.map((reference) => {
    const state = states.get(reference.formKey) ?? 'missing';
    const action = readOnly ? t('forms.view') : state === 'missing' ? t('forms.create') : t('forms.edit');
    return h('li', { 'data-form': reference.formKey, 'data-state': state },
      h('code', { translate: 'no' }, reference.formKey), ' ', h('small', {}, reference.taskNames.join(', ')), ' ',
      h('span', { class: `form-state ${state}` }, t(`forms.${state}`)), ' ',
      h('button', { 'data-action': 'edit-form', onclick: async () => {
        close();
        const start = forms.get(reference.formKey) ?? published[reference.formKey] ?? blankForm(reference.formKey);
        const edited = await editForm(reference.formKey, start, reference.taskNames, readOnly);
        if (edited) { forms.set(reference.formKey, edited); onChanged(reference.formKey); }
      } }, action));
  });
  dialog.append(rows.length > 0 ? h('ul', {}, ...rows) : h('p', {}, t('forms.none')),
    h('button', { 'data-action': 'close-forms', onclick: close }, t('forms.close')));
  document.body.append(dialog);
  dialog.showModal();
}
