import { describe, expect, it } from 'vitest';
import { translate } from '../i18n/i18n';
import { callDuration } from './callDuration';

describe('callDuration', () => {
  it('writes minutes and seconds, and hours only for long calls', () => {
    expect(callDuration(0)).toBe('0:00');
    expect(callDuration(252)).toBe('4:12');
    expect(callDuration(3725)).toBe('1:02:05');
  });
});

describe('call and merge texts', () => {
  it('label a call by its direction in both languages', () => {
    expect(translate('zh', 'call.label.inbound')).toBe('客户来电');
    expect(translate('en', 'call.label.outbound')).toBe('Call to the customer');
  });
});
