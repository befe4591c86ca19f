import { describe, expect, it } from 'vitest';
import { isGeneral, policyKey, sortPolicies, type PolicyScope } from './slaScope';

const scope = (priority: string, segment: string | null, channel: string | null): PolicyScope => ({ priority, segment, channel });

describe('slaScope', () => {
  it('keys a policy by priority, segment and channel, * for any', () => {
    expect(policyKey(scope('urgent', null, null))).toBe('urgent/*/*');
    expect(policyKey(scope('normal', 'vip', null))).toBe('normal/vip/*');
    expect(policyKey(scope('normal', null, 'phone'))).toBe('normal/*/phone');
    expect(policyKey(scope('urgent', 'merchant', 'chat'))).toBe('urgent/merchant/chat');
  });

  it('knows the general policy of a priority', () => {
    expect(isGeneral(scope('urgent', null, null))).toBe(true);
    expect(isGeneral(scope('urgent', 'vip', null))).toBe(false);
    expect(isGeneral(scope('urgent', null, 'email'))).toBe(false);
  });

  it('lists urgent first, each priority general first, then by segment and channel, unknown codes last', () => {
    const sorted = sortPolicies([scope('normal', 'vip', 'phone'), scope('normal', null, null), scope('urgent', 'odd', null), scope('normal', null, 'chat'),
      scope('urgent', 'consumer', null), scope('normal', 'vip', null), scope('urgent', null, null)]);
    expect(sorted.map(policyKey)).toEqual(['urgent/*/*', 'urgent/consumer/*', 'urgent/odd/*', 'normal/*/*', 'normal/*/chat', 'normal/vip/*', 'normal/vip/phone']);
  });
});
