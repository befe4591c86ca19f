import { ApiError } from '../api/ApiError';
import { t } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { h } from '../shell/dom';

/**
 * A modal for one manager action: its fields, Confirm and Cancel. Confirm runs the action; a problem from the
 * API (or a field the dialog itself rejects) stays in the dialog next to the fields, so nothing typed is lost.
 * Resolves true when the action went through.
 */
export function actionDialog(title: string, fields: HTMLElement[], act: () => Promise<void>, confirm: MessageKey = 'manager.confirm'): Promise<boolean> {
  return new Promise((resolve) => {
    const error = h('p', { class: 'error', role: 'alert', 'data-testid': 'action-error' });
    const ok = h('button', { class: 'primary', type: 'submit', 'data-action': 'confirm' }, t(confirm));
    const dialog = h('dialog', { class: 'action-dialog', 'data-testid': 'action-dialog' });
    const done = (result: boolean) => { dialog.close(); dialog.remove(); resolve(result); };
    // novalidate: the dialog says what is wrong itself, in the user's language, instead of the browser's bubble.
    const form = h('form', { method: 'dialog', novalidate: true, onsubmit: async (e: Event) => {
      e.preventDefault();
      ok.disabled = true;
      try {
        await act();
        done(true);
      } catch (failure) {
        if (!(failure instanceof ApiError || failure instanceof DialogInputError)) throw failure;
        error.textContent = failure.message;
      } finally {
        ok.disabled = false;
      }
    } }, h('h3', {}, title), ...fields, error,
      h('div', { class: 'actions' }, ok, h('button', { type: 'button', 'data-action': 'dismiss', onclick: () => done(false) }, t('manager.dismiss'))));
    dialog.append(form);
    dialog.addEventListener('cancel', () => resolve(false));
    document.body.append(dialog);
    dialog.showModal();
  });
}

/** Input the dialog refuses before asking the API (JSON that does not parse). */
export class DialogInputError extends Error {}

/** A labelled field for a dialog. */
export const field = (label: string, input: HTMLElement) => h('label', { class: 'field' }, h('span', {}, label), input);
