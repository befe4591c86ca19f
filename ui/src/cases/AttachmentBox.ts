import { ApiError } from '../api/ApiError';
import { send } from '../api/http';
import type { AttachmentView, TimelineEntry } from '../api/types';
import { currentLanguage, t } from '../i18n/i18n';
import { h } from '../shell/dom';
import { field, submitWith } from '../shell/fieldForm';
import { localTime } from '../shell/time';
import { attachmentLink } from './attachmentLink';
import { uploadProblem } from './uploadProblem';

/** The kinds of file the server accepts (it checks their bytes); the file picker offers these first. */
const ACCEPTED = ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'application/pdf', 'text/plain'];

/** The case's files, each a download link, and the form that adds one; `update` lists the files a reload brought. */
export interface AttachmentBox {
  element: HTMLElement;
  update(timeline: readonly TimelineEntry[]): void;
}

export function attachmentBox(caseId: string, timeline: readonly TimelineEntry[], status: HTMLElement, refresh: () => Promise<void>): AttachmentBox {
  const list = h('ul', { class: 'attachments', 'data-testid': 'attachments' });
  const input = h('input', { type: 'file', name: 'file', accept: ACCEPTED.join(','), 'data-testid': 'attachment-file' });
  const form = h('form', { class: 'attachment-form', 'data-testid': 'attachment-form', novalidate: true },
    field(t('attachment.file'), input, 'file'), h('button', { type: 'submit', 'data-testid': 'attachment-upload' }, t('attachment.upload')));

  function update(entries: readonly TimelineEntry[]): void {
    const files = entries.filter((e) => e.kind === 'attachment' && e.attachmentId);
    list.replaceChildren(...(files.length === 0 ? [h('li', { class: 'hint' }, t('attachment.none'))]
      : files.map((e) => h('li', { 'data-attachment-item': e.attachmentId ?? '' }, attachmentLink(caseId, e.attachmentId ?? '', e.text), ' ',
        h('small', { class: 'hint' }, e.actor ? h('span', { translate: 'no' }, e.actor) : '', ' ', localTime(e.at))))));
  }

  submitWith(form, status, async () => {
    const file = input.files?.[0];
    if (!file) throw new ApiError(400, t('problem.attachment.file.required'), 'file');
    const body = new FormData();
    body.append('file', file, file.name);
    let stored: AttachmentView;
    try {
      stored = (await send<AttachmentView>('POST', `/api/cases/${caseId}/attachments`, body)).body;
    } catch (error) {
      throw uploadProblem(error, currentLanguage());
    }
    input.value = '';
    await refresh();
    return t('attachment.uploaded', { name: stored.fileName });
  });
  update(timeline);
  return { element: h('section', { class: 'case-files' }, h('h4', {}, t('attachment.title')), list, form), update };
}
