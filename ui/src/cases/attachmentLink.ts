import { h } from '../shell/dom';

/**
 * A link that downloads one of a case's files (the server always sends it as an attachment), named as it was
 * uploaded; `marker` is the attribute that carries its id (data-attachment in the list of files, another on the timeline).
 */
export function attachmentLink(caseId: string, attachmentId: string, fileName: string, marker = 'data-attachment'): HTMLAnchorElement {
  return h('a', { href: `/api/cases/${encodeURIComponent(caseId)}/attachments/${encodeURIComponent(attachmentId)}`, download: fileName,
    [marker]: attachmentId, translate: 'no' }, fileName);
}
