import { post } from '../api/http';
import type { NoteRequest, NoteView } from '../api/types';
import { t } from '../i18n/i18n';
import { h } from '../shell/dom';
import { field, submitWith } from '../shell/fieldForm';

/**
 * An internal note on the case: colleagues read it on the timeline, marked as internal; it goes through no channel,
 * so it never reaches the customer. A problem shows under the text; what happened, in the case's status line.
 */
export function noteForm(caseId: string, status: HTMLElement, refresh: () => Promise<void>): HTMLFormElement {
  const body = h('textarea', { name: 'body', rows: '3', maxlength: '4000', 'data-testid': 'note-body' });
  const form = h('form', { class: 'note-form', 'data-testid': 'note-form', novalidate: true },
    field(t('note.body'), body, 'body', t('note.hint')),
    h('button', { type: 'submit', 'data-testid': 'note-add' }, t('note.add')));
  submitWith(form, status, async () => {
    await post<NoteView>(`/api/cases/${caseId}/notes`, { body: body.value } satisfies NoteRequest);
    body.value = '';
    await refresh();
    return t('note.added');
  });
  return form;
}
