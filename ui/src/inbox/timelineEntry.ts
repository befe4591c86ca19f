import type { TimelineEntry } from '../api/types';
import { attachmentLink } from '../cases/attachmentLink';
import { callDuration } from '../cases/callDuration';
import { currentLanguage, nodeName, t, word } from '../i18n/i18n';
import { h } from '../shell/dom';
import { localTime } from '../shell/time';

/**
 * A message with who sent it on which channel and its text; a step as what happened at which node of the flow, in
 * the user's language, with what someone wrote about it (a cancellation's reason). The engine's English sentence
 * is kept for English readers only. An internal note or file, which the customer never sees, is marked as such.
 */
export function timelineEntry(caseId: string, e: TimelineEntry): HTMLElement {
  const when = h('time', { datetime: e.at }, localTime(e.at));
  const who = e.actor ? h('em', { translate: 'no' }, e.actor) : '';
  if (e.direction === 'internal') {
    const file = e.kind === 'attachment' && e.attachmentId ? attachmentLink(caseId, e.attachmentId, e.text, 'data-timeline-file') : null;
    return h('li', { 'data-kind': e.kind, 'data-internal': 'true', class: `${e.type} internal` }, when, ' ',
      h('strong', { class: 'internal-label' }, file ? `${word('direction', 'internal')} · ${t('note.file')}` : t('note.label')), ' ', who, ' ',
      file ?? collapsed(e.text));
  }
  if (e.kind === 'call') {
    const facts = e.call ? t('call.facts', { number: e.call.number, duration: callDuration(e.call.durationSeconds) }) : '';
    return h('li', { 'data-kind': e.kind, class: `${e.type} call` }, when, ' ', h('strong', {}, t(e.direction === 'outbound' ? 'call.label.outbound' : 'call.label.inbound')), ' ',
      h('span', { class: 'call-facts', translate: 'no' }, facts), ' ', who, ' ', collapsed(e.text));
  }
  const what = e.type === 'message'
    ? `${word('direction', e.direction)} · ${word('channel', e.channel)}`
    : [word('journal', e.kind), e.nodeId && e.kind !== 'InstanceStarted' ? nodeName(e.nodeId, e.nodeName ?? e.nodeId) : ''].filter(Boolean).join(' · ');
  const text = e.type === 'message' ? e.text : currentLanguage() === 'en' ? e.text : e.detail ?? '';
  return h('li', { 'data-kind': e.kind, class: e.type }, when, ' ', h('strong', {}, what), ' ', who, ' ', collapsed(text));
}

/** A long text (a pasted email, a full description) shows its start and opens on a click, so it never floods the timeline. */
function collapsed(text: string): Node | string {
  if (text.length <= 240) return text;
  return h('details', { class: 'long-text' }, h('summary', {}, `${text.slice(0, 160).trimEnd()}…`), h('p', {}, text));
}
