import { showForm } from '../../forms/showForm';
import { t } from '../../i18n/i18n';
import { h } from '../../shell/dom';
import type { FormSchema } from './formKeys';

/**
 * The form-js editor in a dialog. Loaded on first use, so the designer opens as fast without it. Resolves with
 * the edited schema, or null when the designer cancels. Read-only shows the form as the agent will see it.
 */
export async function editForm(formKey: string, schema: FormSchema, usedBy: string[], readOnly = false): Promise<FormSchema | null> {
  const container = h('div', { class: 'form-editor-canvas', 'data-testid': 'form-editor' });
  const dialog = h('dialog', { class: 'form-editor', 'data-form': formKey }, h('header', {},
    h('h3', {}, t('forms.editing', { key: formKey, tasks: usedBy.join(', ') })),
    readOnly ? null : h('button', { class: 'primary', 'data-action': 'keep-form' }, t('forms.save')),
    h('button', { 'data-action': 'cancel-form' }, readOnly ? t('forms.close') : t('forms.cancel'))), container);
  document.body.append(dialog);
  dialog.showModal();
  const editor = readOnly ? await viewer(container, schema) : await formEditor(container, schema);
  return new Promise((resolve) => {
    const close = (result: FormSchema | null) => {
      editor.destroy();
      dialog.close();
      dialog.remove();
      resolve(result);
    };
    dialog.querySelector('[data-action=keep-form]')?.addEventListener('click', () => close(editor.saveSchema()));
    dialog.querySelector('[data-action=cancel-form]')?.addEventListener('click', () => close(null));
    dialog.addEventListener('cancel', (e) => { e.preventDefault(); close(null); });
  });
}

interface Editor { saveSchema(): FormSchema; destroy(): void }

async function formEditor(container: HTMLElement, schema: FormSchema): Promise<Editor> {
  const [{ FormEditor }] = await Promise.all([import('@bpmn-io/form-js-editor'),
    import('@bpmn-io/form-js-viewer/dist/assets/form-js.css'), import('@bpmn-io/form-js-editor/dist/assets/form-js-editor.css')]);
  const editor = new FormEditor({ container, exporter: { name: 'Workflows', version: '1.0' } });
  await editor.importSchema(schema);
  return { saveSchema: () => editor.saveSchema() as FormSchema, destroy: () => editor.destroy() };
}

async function viewer(container: HTMLElement, schema: FormSchema): Promise<Editor> {
  const form = await showForm(container, schema, {}, true);
  return { saveSchema: () => schema, destroy: () => form.destroy() };
}
