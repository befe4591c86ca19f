import { t, word } from '../i18n/i18n';
import { targetText } from './slaMinutes';
import type { PolicyScope } from './slaScope';

/** What a policy covers in words: "Urgent · VIP · any channel" (紧急 · VIP 客户 · 任意渠道). */
export function scopeText(p: PolicyScope): string {
  return t('sla.scope', {
    priority: word('priority', p.priority),
    segment: p.segment ? word('segment', p.segment) : t('sla.anySegment'),
    channel: p.channel ? word('channel', p.channel) : t('sla.anyChannel'),
  });
}

/** A target in minutes in the reader's units: "1 h 30 min", "1 小时 30 分钟". */
export const localTarget = (minutes: number): string => targetText(minutes, { h: t('sla.unit.h'), min: t('sla.unit.min') });
