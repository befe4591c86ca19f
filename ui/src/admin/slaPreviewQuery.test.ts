import { describe, expect, it } from 'vitest';
import { momentIn, previewQuery } from './slaPreviewQuery';

describe('previewQuery', () => {
  it('asks about the case chosen, at the moment given or now', () => {
    expect(previewQuery({ priority: 'urgent', segment: 'vip', channel: 'phone', openedAt: '2026-02-14T01:30:00.000Z' }))
      .toBe('priority=urgent&segment=vip&channel=phone&openedAt=2026-02-14T01%3A30%3A00.000Z');
    expect(previewQuery({ priority: 'normal', segment: 'consumer', channel: 'email', openedAt: null })).toBe('priority=normal&segment=consumer&channel=email');
  });
});

describe('momentIn', () => {
  it('says a moment on the clocks of the zone asked for', () => {
    expect(momentIn('2026-02-14T01:30:00Z', 'Asia/Shanghai', 'en-GB')).toBe('Sat, 14 Feb 2026, 09:30');
    expect(momentIn('2026-02-14T01:30:00Z', 'Europe/London', 'en-GB')).toBe('Sat, 14 Feb 2026, 01:30');
    expect(momentIn('2026-02-14T01:30:00Z', 'Asia/Shanghai', 'zh-CN')).toContain('09:30');
  });
});
