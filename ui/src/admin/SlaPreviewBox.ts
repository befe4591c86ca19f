import { get } from '../api/http';
import type { SlaPreview } from '../api/types';
import type { MessageKey } from '../i18n/messages';
import { t, word, type WordKind } from '../i18n/i18n';
import { h } from '../shell/dom';
import { field, submitWith } from '../shell/fieldForm';
import { wallClockToIso } from '../shell/wallClock';
import { momentIn, previewQuery } from './slaPreviewQuery';
import { CHANNELS, PRIORITIES, SEGMENTS } from './slaScope';
import { localTarget, scopeText } from './slaText';

/** Where the desk works: due times are also said on its clocks, whatever the browser's zone. */
const DESK_ZONE = 'Asia/Shanghai';

const MOMENTS = [['openedAt', 'sla.preview.opened'], ['warnAt', 'sla.preview.warn'], ['firstResponseDueAt', 'sla.preview.first'],
  ['resolutionDueAt', 'sla.preview.resolution']] as const satisfies readonly (readonly [keyof SlaPreview, MessageKey])[];

/**
 * When a case would be due under today's policies, business hours and holidays: a priority, segment and channel,
 * and the moment it opened (the browser's clock; empty for now). The answer names the policy applied and gives each
 * moment in the browser's zone and locale, and on the desk's clocks.
 */
export function slaPreviewBox(): HTMLElement {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const choice = (name: string, kind: WordKind, codes: readonly string[], chosen: string) => {
    const select = h('select', { name, 'data-testid': `sla-preview-${name}` }, ...codes.map((c) => h('option', { value: c }, word(kind, c))));
    select.value = chosen;
    return select;
  };
  const priority = choice('priority', 'priority', PRIORITIES, 'normal');
  const segment = choice('segment', 'segment', SEGMENTS, 'consumer');
  const channel = choice('channel', 'channel', CHANNELS, 'email');
  const at = h('input', { type: 'datetime-local', name: 'openedAt', 'data-testid': 'sla-preview-at' });
  const result = h('div', { class: 'sla-preview-result', 'data-testid': 'sla-preview-result', 'aria-live': 'polite' });
  const status = h('p', { class: 'status', role: 'status', 'data-testid': 'sla-preview-status' });
  const form = h('form', { class: 'admin-form inline', 'data-testid': 'sla-preview', novalidate: true },
    field(t('sla.priority'), priority, 'priority'), field(t('sla.segment'), segment, 'segment'), field(t('sla.channel'), channel, 'channel'),
    field(t('sla.preview.at'), at, 'openedAt', t('sla.preview.atHint', { zone })),
    h('button', { type: 'submit', class: 'primary', 'data-testid': 'sla-preview-run' }, t('sla.preview.run')), status);

  function paint(preview: SlaPreview): void {
    const p = preview.policy;
    result.replaceChildren(
      h('p', { 'data-testid': 'sla-preview-policy', 'data-policy-id': p.id },
        t('sla.preview.policy', { policy: scopeText(p), first: localTarget(p.firstResponseMinutes), resolution: localTarget(p.resolutionMinutes) })),
      h('table', { class: 'tasks' },
        h('thead', {}, h('tr', {}, h('th', {}, ''), h('th', {}, t('sla.preview.yourTime', { zone })), h('th', {}, t('sla.preview.shanghai')))),
        h('tbody', {}, ...MOMENTS.map(([name, label]) => h('tr', { 'data-moment': name, 'data-at': preview[name] },
          h('th', { scope: 'row' }, t(label)),
          h('td', { 'data-zone': 'browser' }, momentIn(preview[name], zone)),
          h('td', { 'data-zone': DESK_ZONE }, momentIn(preview[name], DESK_ZONE)))))));
  }

  submitWith(form, status, async () => {
    result.replaceChildren();
    const openedAt = wallClockToIso(at.value, zone);
    paint(await get<SlaPreview>(`/api/admin/sla/preview?${previewQuery({ priority: priority.value, segment: segment.value, channel: channel.value, openedAt })}`));
  });

  return h('section', { class: 'sla-preview' }, h('h3', {}, t('sla.preview.title')), form, result);
}
