import type { SlaPolicyView } from '../api/types';

/** The priorities, segments and channels a policy may name (SlaPolicyRules on the server); null segment or channel is "any". */
export const PRIORITIES = ['urgent', 'normal'] as const;
export const SEGMENTS = ['consumer', 'merchant', 'partner', 'vip'] as const;
export const CHANNELS = ['phone', 'chat', 'email', 'wechat'] as const;

/** What a policy covers: a priority, and a segment and a channel or null for any. */
export type PolicyScope = Pick<SlaPolicyView, 'priority' | 'segment' | 'channel'>;

/** A policy's key in the table: priority/segment/channel, a star standing for any segment or channel. */
export const policyKey = (p: PolicyScope): string => `${p.priority}/${p.segment ?? '*'}/${p.channel ?? '*'}`;

/** The general policy of a priority covers every case no other fits: it cannot be deleted nor narrowed. */
export const isGeneral = (p: PolicyScope): boolean => p.segment === null && p.channel === null;

/** A code's place in its list, any (null) first and a code this page does not know last. */
const rank = (codes: readonly string[], code: string | null) => (code === null ? -1 : codes.includes(code) ? codes.indexOf(code) : codes.length);

/** The policies as the table lists them: urgent first, then per priority the general one, then by segment and channel. */
export function sortPolicies<T extends PolicyScope>(policies: readonly T[]): T[] {
  return [...policies].sort((a, b) =>
    rank(PRIORITIES, a.priority) - rank(PRIORITIES, b.priority)
    || rank(SEGMENTS, a.segment) - rank(SEGMENTS, b.segment)
    || rank(CHANNELS, a.channel) - rank(CHANNELS, b.channel));
}
